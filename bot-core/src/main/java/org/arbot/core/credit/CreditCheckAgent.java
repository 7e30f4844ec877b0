package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides APPROVE, REVIEW or DECLINE for an order from its {@link CreditFacts} under a {@link CreditPolicy}: the strictest
 * rule wins, and the decision lists every finding at that level with its numbers.
 */
public final class CreditCheckAgent {

    private static final List<CreditRule> RULES = List.of(new ExposureRule(), new PastDueRule(), new ExternalScoreRule(),
            new PaymentTrendRule(), new LargeOrderRule());

    private final CreditPolicy policy;

    public CreditCheckAgent(CreditPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public CreditDecision decide(CreditFacts facts) {
        List<CreditFinding> findings = RULES.stream().map(rule -> rule.check(facts, policy)).toList();
        CreditAction action = findings.stream().map(CreditFinding::action).reduce(CreditAction.APPROVE, CreditAction::worse);
        List<String> reasons = findings.stream()
                .filter(f -> action == CreditAction.APPROVE || f.action() != CreditAction.APPROVE)
                .sorted(Comparator.comparing(CreditFinding::action).reversed())
                .map(CreditFinding::reason)
                .toList();
        return new CreditDecision(facts.customerId(), action, reasons, CreditRiskScore.of(facts, policy),
                confidence(findings), policy.policyVersion(),
                facts.orderId().map(id -> CreditProposal.of(action, id)), facts.asOf());
    }

    /** Starts sure; each rule that could not be evaluated costs 0.15, each borderline figure 0.15. */
    private static BigDecimal confidence(List<CreditFinding> findings) {
        long missing = findings.stream().filter(f -> !f.evaluated()).count();
        long borderline = findings.stream().filter(CreditFinding::borderline).count();
        BigDecimal value = new BigDecimal("0.95").subtract(new BigDecimal("0.15").multiply(BigDecimal.valueOf(missing + borderline)));
        return value.max(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
    }
}
