package org.arbot.core.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;

/**
 * The credit check's verdict on one order, with its reasons, its numbers and what it proposes to do.
 *
 * @param reasons sentences with the figures behind the action, the deciding ones first
 * @param riskScore 0 (no concern) to 100
 * @param confidence 0.00 to 1.00: lower when facts were missing or a figure lies close to a threshold
 * @param policyVersion the {@link CreditPolicy#policyVersion()} that decided
 * @param proposal what to do with the order; empty when no order was named
 */
public record CreditDecision(
        CustomerId customerId,
        CreditAction action,
        List<String> reasons,
        int riskScore,
        BigDecimal confidence,
        String policyVersion,
        Optional<CreditProposal> proposal,
        LocalDate asOf) {

    public CreditDecision {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(action, "action");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(asOf, "asOf");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a credit decision needs at least one reason");
        }
        if (riskScore < 0 || riskScore > 100) {
            throw new IllegalArgumentException("risk score must be within 0..100, got " + riskScore);
        }
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }
}
