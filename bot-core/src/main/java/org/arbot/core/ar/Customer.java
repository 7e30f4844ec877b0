package org.arbot.core.ar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * A customer as the bot needs it: who they are, how much credit they have, their terms and who collects from them.
 *
 * @param parentId the parent company that may pay on this customer's behalf, if any
 * @param aliases other names the customer is known by (trade names, abbreviations) seen on bank lines
 */
public record Customer(
        CustomerId id,
        String name,
        Optional<CustomerId> parentId,
        Money creditLimit,
        Terms terms,
        CollectorId collector,
        boolean onHold,
        List<String> aliases) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(collector, "collector");
        aliases = List.copyOf(aliases);
    }

    public Customer withCreditLimit(Money limit) {
        return new Customer(id, name, parentId, limit, terms, collector, onHold, aliases);
    }

    public Customer withHold(boolean hold) {
        return new Customer(id, name, parentId, creditLimit, terms, collector, hold, aliases);
    }
}
