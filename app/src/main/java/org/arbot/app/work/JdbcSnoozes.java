package org.arbot.app.work;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.arbot.core.collections.Snoozes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Snoozes in table {@code snooze}, one row per click: a subject is snoozed on a day when any of its rows ends after it,
 * so a later snooze extends and an earlier one never shortens, without updates racing across replicas.
 */
final class JdbcSnoozes implements Snoozes {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcSnoozes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void snooze(String subject, LocalDate until, String by) {
        jdbc.update("INSERT INTO snooze (subject, until_day, snoozed_by, snoozed_at) VALUES (?, ?, ?, ?)", subject,
                Date.valueOf(until), by, Timestamp.from(clock.instant()));
    }

    @Override
    public boolean isSnoozed(String subject, LocalDate day) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM snooze WHERE subject = ? AND until_day > ?",
                Integer.class, subject, Date.valueOf(day));
        return rows != null && rows > 0;
    }
}
