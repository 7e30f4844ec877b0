package org.arbot.core.governance;

import java.util.Optional;
import org.arbot.core.money.Money;

/** Whether a person's roles and approval limits allow a decision; a refusal is a sentence naming the rule and numbers. */
public final class Permissions {

    private Permissions() {
    }

    /** Empty when allowed, else why not. */
    public static Optional<String> refusal(Person person, Proposal proposal, Decision decision) {
        Workflow workflow = proposal.workflow();
        if (!person.decides(workflow)) {
            return Optional.of(person.name() + " " + person.roles() + " may not decide " + workflow.label() + " proposals");
        }
        if (decision != Decision.APPROVE) {
            return Optional.empty();
        }
        Optional<Money> limit = person.limit(workflow);
        if (limit.isEmpty()) {
            return Optional.of(person.name() + " has no approval limit for " + workflow.label());
        }
        Money amount = proposal.amount();
        if (!amount.currency().equals(limit.get().currency())) {
            return Optional.of("amount " + amount + " is not in the currency of " + person.name() + "'s "
                    + workflow.label() + " approval limit " + limit.get());
        }
        if (amount.isGreaterThan(limit.get())) {
            return Optional.of("amount " + amount + " exceeds " + person.name() + "'s " + workflow.label()
                    + " approval limit of " + limit.get());
        }
        return Optional.empty();
    }

    /** Empty when the person may change automation modes and thresholds (admins only), else why not. */
    public static Optional<String> automationRefusal(Person person) {
        return person.has(Role.ADMIN) ? Optional.empty()
                : Optional.of(person.name() + " " + person.roles() + " may not change automation modes or thresholds (ADMIN only)");
    }
}
