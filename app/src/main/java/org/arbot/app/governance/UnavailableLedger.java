package org.arbot.app.governance;

import java.lang.reflect.Proxy;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.LedgerException;

/**
 * The ledger used when none is wired: every call fails as retryable, so approved proposals wait in the outbox until a
 * ledger is configured instead of being lost.
 */
final class UnavailableLedger {

    private UnavailableLedger() {
    }

    static Ledger create() {
        return (Ledger) Proxy.newProxyInstance(Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "no ledger configured";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new LedgerException("unavailable", "no ledger is configured", true);
                });
    }
}
