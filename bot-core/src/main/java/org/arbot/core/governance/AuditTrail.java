package org.arbot.core.governance;

import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail. Appends join the caller's transaction and are serialized, so concurrent appends keep
 * one chain; stored entries are never updated or deleted.
 */
public interface AuditTrail {

    /** Appends the record after the last entry, chained to its hash. */
    AuditEntry append(AuditRecord record);

    /** Up to {@code limit} entries with a sequence above {@code sequence}, in order. */
    List<AuditEntry> after(long sequence, int limit);

    /** The entries at or after {@code from} and before {@code to}, in order. */
    List<AuditEntry> between(Instant from, Instant to);
}
