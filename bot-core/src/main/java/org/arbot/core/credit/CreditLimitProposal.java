package org.arbot.core.credit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.money.Money;

/**
 * A proposed credit limit and payment terms for a customer, with the reasons; carried out, after approval, by updating
 * the customer in the ledger.
 *
 * @param currentLimit the limit today; zero for a new customer
 * @param currentTerms the terms today; empty for a new customer
 */
public record CreditLimitProposal(
        CustomerId customerId,
        Money currentLimit,
        Money proposedLimit,
        Optional<String> currentTerms,
        String proposedTerms,
        List<String> reasons) {

    public CreditLimitProposal {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currentLimit, "currentLimit");
        Objects.requireNonNull(proposedLimit, "proposedLimit");
        Objects.requireNonNull(currentTerms, "currentTerms");
        Objects.requireNonNull(proposedTerms, "proposedTerms");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a credit limit proposal needs at least one reason");
        }
    }

    /** Whether the proposal changes anything. */
    public boolean changes() {
        return !proposedLimit.equals(currentLimit) || !currentTerms.equals(Optional.of(proposedTerms));
    }

    /** The ledger write that carries the proposal out: the governance layer executes it once approved. */
    public CreditUpdate update() {
        return new CreditUpdate(customerId,
                proposedLimit.equals(currentLimit) ? Optional.empty() : Optional.of(proposedLimit),
                currentTerms.equals(Optional.of(proposedTerms)) ? Optional.empty() : Optional.of(proposedTerms),
                Optional.empty(), String.join("; ", reasons));
    }
}
