package org.arbot.core.conversation.answers;

import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.ledger.Ledger;

/** The customer a question is about, looked up in the ledger. */
final class Customers {

    private Customers() {
    }

    static Optional<Customer> of(ParsedIntent question, Ledger ledger) {
        return question.entity(Entity.CUSTOMER).flatMap(id -> ledger.customer(CustomerId.of(id)));
    }
}
