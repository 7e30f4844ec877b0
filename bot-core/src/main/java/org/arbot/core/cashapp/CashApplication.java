package org.arbot.core.cashapp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.deductions.Deduction;
import org.arbot.core.money.Money;

/**
 * The decision on one bank line: auto-apply, propose for review or send to suspense, with a calibrated confidence
 * (0..1), the best proposal (none when unmatched), alternatives best first, and the reasons with their evidence.
 *
 * @param customerId the customer, when one was identified even without a proposal
 */
public record CashApplication(BankLineId bankLine, MatchDecision decision, Optional<CustomerId> customerId,
        double confidence, Optional<Proposal> proposal, List<Proposal> alternatives, Money amount, List<String> reasons) {

    public CashApplication {
        Objects.requireNonNull(bankLine, "bankLine");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(proposal, "proposal");
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(amount, "amount");
        reasons = List.copyOf(reasons);
        if (decision != MatchDecision.UNMATCHED && proposal.isEmpty()) {
            throw new IllegalArgumentException(decision + " needs a proposal for " + bankLine);
        }
    }

    public List<PaymentApplication> applications() {
        return proposal.map(Proposal::applications).orElse(List.of());
    }

    public List<Deduction> deductions() {
        return proposal.map(Proposal::deductions).orElse(List.of());
    }

    /** What is left on account: the proposal's unapplied amount, or the whole payment when there is none. */
    public Money unapplied() {
        return proposal.map(Proposal::unapplied).orElse(amount);
    }
}
