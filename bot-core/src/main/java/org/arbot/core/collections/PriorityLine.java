package org.arbot.core.collections;

import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * One account on a priority list.
 *
 * @param expectedImpact overdue amount times the probability of further slippage: what ranks the list
 * @param stage the reminder stage a drafted reminder would take
 * @param pendingPromise a promise to pay whose date has not come yet, shown so nobody chases it early
 */
public record PriorityLine(
        CustomerId customerId,
        String customerName,
        CollectorId collector,
        Money overdue,
        RiskScore risk,
        Money expectedImpact,
        NextAction nextAction,
        ReminderStage stage,
        Optional<PromiseToPay> pendingPromise) {

    public PriorityLine {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(expectedImpact, "expectedImpact");
        Objects.requireNonNull(nextAction, "nextAction");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(pendingPromise, "pendingPromise");
    }
}
