package org.arbot.core.governance;

import java.util.Objects;
import java.util.UUID;

/** A proposal's id; it also makes the idempotency key that travels to the ledger. */
public record ProposalId(String value) {

    public ProposalId {
        Objects.requireNonNull(value, "proposal id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("proposal id must not be blank");
        }
    }

    public static ProposalId of(String value) {
        return new ProposalId(value);
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    /** The key stored on the ledger record as its external reference, so a proposal never writes twice. */
    public String idempotencyKey() {
        return "arbot-" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
