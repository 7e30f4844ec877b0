package org.arbot.core.cashapp;

import java.util.Optional;
import org.arbot.core.ar.CustomerId;

/**
 * Payer names learned to belong to a customer, from past applications and from corrections people make in chat.
 * Names are compared in their canonical form, so {@code "ACME IND SUP"} and {@code "Acme Industrial Supply"} are one.
 */
public interface PayerAliases {

    /** The customer {@code payerName} was learned for, if any. */
    Optional<CustomerId> customerFor(String payerName);

    /** Remembers that {@code payerName} pays for {@code customer}; a later correction replaces an earlier one. */
    void learn(String payerName, CustomerId customer);

    /** The canonical form payer names are compared in. */
    static String canonical(String payerName) {
        return PayerNames.key(payerName);
    }
}
