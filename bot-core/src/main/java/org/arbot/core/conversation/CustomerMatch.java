package org.arbot.core.conversation;

import java.util.List;
import org.arbot.core.ar.Customer;

/** What a name typed in chat resolved to: one customer, several equally likely ones, or none. */
public sealed interface CustomerMatch {

    record Found(Customer customer) implements CustomerMatch {
    }

    /** The name fits several customers equally; the bot asks which one, offering these. */
    record Ambiguous(List<Customer> candidates) implements CustomerMatch {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    enum None implements CustomerMatch {
        INSTANCE
    }
}
