package org.arbot.core.collections;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Snoozes held in memory: the embedded default, and the fake for tests. */
public final class InMemorySnoozes implements Snoozes {

    private final Map<String, LocalDate> until = new ConcurrentHashMap<>();

    @Override
    public void snooze(String subject, LocalDate day, String by) {
        until.merge(subject, day, (held, asked) -> asked.isAfter(held) ? asked : held);
    }

    @Override
    public boolean isSnoozed(String subject, LocalDate day) {
        LocalDate end = until.get(subject);
        return end != null && day.isBefore(end);
    }
}
