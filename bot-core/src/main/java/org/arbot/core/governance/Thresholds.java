package org.arbot.core.governance;

import java.math.BigDecimal;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * The limits within which a workflow in {@link AutomationMode#AUTO} executes without a person.
 *
 * @param maxAmount the largest amount executed automatically
 * @param minConfidence the lowest confidence (0 to 1) executed automatically
 * @param riskCeiling the highest risk (0 to 1) executed automatically
 */
public record Thresholds(Money maxAmount, BigDecimal minConfidence, BigDecimal riskCeiling) {

    public Thresholds {
        Objects.requireNonNull(maxAmount, "maxAmount");
        minConfidence = Scores.requireScore(minConfidence, "minConfidence");
        riskCeiling = Scores.requireScore(riskCeiling, "riskCeiling");
        if (maxAmount.isNegative()) {
            throw new IllegalArgumentException("maxAmount must not be negative, got " + maxAmount);
        }
    }
}
