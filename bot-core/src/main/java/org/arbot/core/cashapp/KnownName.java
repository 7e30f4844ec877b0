package org.arbot.core.cashapp;

import java.util.List;
import org.arbot.core.ar.Customer;

/** One name a customer is known by (its own or an alias), in the forms payer names are compared with. */
record KnownName(Customer customer, List<String> tokens, String compact, String raw, boolean alias) {

    static KnownName of(Customer customer, String name, boolean alias) {
        List<String> tokens = PayerNames.tokens(name);
        return new KnownName(customer, tokens, String.join("", tokens), PayerNames.rawCompact(name), alias);
    }
}
