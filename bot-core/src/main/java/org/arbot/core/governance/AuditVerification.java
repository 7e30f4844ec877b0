package org.arbot.core.governance;

import java.util.List;

/** Recomputes the audit chain from the first entry and reports the first entry that does not fit. */
public final class AuditVerification {

    private static final int PAGE = 1000;

    private AuditVerification() {
    }

    /** The outcome of a verification. */
    public sealed interface Result {
        /** Every entry's hash matches its content and chains to the one before. */
        record ChainIntact(long entries, String lastHash) implements Result {
        }

        /** The first entry whose stored hash, sequence or link to the previous entry is wrong. */
        record ChainBroken(long sequence, String reason) implements Result {
        }
    }

    public static Result verify(AuditTrail trail) {
        String previousHash = AuditEntry.GENESIS;
        long expected = 1;
        long count = 0;
        List<AuditEntry> page = trail.after(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                if (entry.sequence() != expected) {
                    return new Result.ChainBroken(entry.sequence(), "entry " + expected + " is missing before entry " + entry.sequence());
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return new Result.ChainBroken(entry.sequence(), "entry " + entry.sequence()
                            + " does not link to the hash of the entry before it");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return new Result.ChainBroken(entry.sequence(), "entry " + entry.sequence()
                            + " was changed: its content no longer matches its hash");
                }
                previousHash = entry.hash();
                expected++;
                count++;
            }
            page = trail.after(expected - 1, PAGE);
        }
        return new Result.ChainIntact(count, previousHash);
    }
}
