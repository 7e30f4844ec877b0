package org.arbot.core.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;

/**
 * The accounts to work today, the largest expected impact first.
 *
 * @param collector whose accounts these are; empty for the team list managers receive
 */
public record PriorityList(Optional<CollectorId> collector, LocalDate asOf, List<PriorityLine> lines) {

    public PriorityList {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
    }
}
