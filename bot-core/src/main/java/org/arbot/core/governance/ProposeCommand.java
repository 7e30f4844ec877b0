package org.arbot.core.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * An agent's decision submitted for governance.
 *
 * @param amount the money at stake (the payment, the write-off, the order value; zero for a reminder)
 * @param confidence the agent's confidence, 0 to 1
 * @param risk the agent's risk score, 0 to 1
 * @param reasons human sentences with the numbers behind the decision
 * @param inputs the facts the agent decided from and its raw outputs, for the audit trail
 * @param proposedBy the agent's name, e.g. {@code deductions-agent}
 * @param assignee who should decide it; empty means the workflow's queue
 */
public record ProposeCommand(
        Workflow workflow,
        ProposalAction action,
        Money amount,
        BigDecimal confidence,
        BigDecimal risk,
        List<String> reasons,
        Map<String, String> inputs,
        String proposedBy,
        Optional<Assignee> assignee) {

    public ProposeCommand {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(amount, "amount");
        confidence = Scores.requireScore(confidence, "confidence");
        risk = Scores.requireScore(risk, "risk");
        reasons = List.copyOf(reasons);
        inputs = Map.copyOf(inputs);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision needs at least one reason");
        }
        Objects.requireNonNull(assignee, "assignee");
    }
}
