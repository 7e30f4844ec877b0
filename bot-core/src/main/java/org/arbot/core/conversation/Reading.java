package org.arbot.core.conversation;

import java.util.List;
import org.arbot.core.ar.Customer;

/**
 * What the parser read in a turn: the intent and entities, and the customers a name fitted equally when it was
 * ambiguous (then {@link Entity#CUSTOMER} is absent and the bot asks which one).
 */
public record Reading(ParsedIntent parsed, List<Customer> ambiguous) {

    public Reading {
        ambiguous = List.copyOf(ambiguous);
    }
}
