package org.arbot.core.governance;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What to append to the audit trail: who did what, from where, about which proposal, with the details (inputs, rule
 * hits, confidence, reasons, ledger request and outcome) as sorted key-value pairs.
 */
public record AuditRecord(
        Instant at,
        AuditKind kind,
        String actor,
        Channel channel,
        Optional<ProposalId> proposal,
        Map<String, String> details) {

    public AuditRecord {
        // Stored timestamps keep microseconds; hashing the same precision lets a stored entry verify.
        at = Objects.requireNonNull(at, "at").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Objects.requireNonNull(kind, "kind");
        actor = actor == null || actor.isBlank() ? "arbot" : actor;
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(proposal, "proposal");
        details = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }

    /** The details in their canonical text: {@code key=value} lines in key order, newlines and backslashes escaped. */
    public String canonicalDetails() {
        StringBuilder text = new StringBuilder();
        details.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String escape(String value) {
        return (value == null ? "" : value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
