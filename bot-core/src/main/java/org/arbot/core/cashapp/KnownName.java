package org.arbot.core.cashapp;

import java.util.List;
import org.arbot.core.ar.Customer;

/** One name a customer is known by (its own or an alias), in the forms payer names are compared with. */
record KnownName(Customer customer, List<String> tokens, String compact, String raw, boolean alias) {

    static KnownName of(Customer customer, String name, boolean alias) {
        PayerNames.Written written = PayerNames.written(name);
        return new KnownName(customer, written.tokens(), String.join("", written.tokens()), written.raw(), alias);
    }
}
