package org.arbot.core.ledger;

/** The ledger has no record with the given id. */
public final class NotFoundException extends LedgerException {

    public NotFoundException(String what) {
        super("notFound", what + " was not found", false);
    }
}
