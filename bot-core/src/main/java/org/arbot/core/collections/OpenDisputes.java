package org.arbot.core.collections;

import org.arbot.core.ar.CustomerId;

/** How many disputes a customer has open (deductions, contested invoices); the deductions workflow keeps them. */
@FunctionalInterface
public interface OpenDisputes {

    int count(CustomerId customer);

    /** For a company where no dispute is tracked yet. */
    static OpenDisputes none() {
        return customer -> 0;
    }
}
