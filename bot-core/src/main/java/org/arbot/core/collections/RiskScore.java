package org.arbot.core.collections;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.CustomerId;

/**
 * How likely a customer is to slip further, from 0 (no concern) to 100, with the factors that make it up.
 *
 * @param factors every factor that contributed points, the largest first
 */
public record RiskScore(CustomerId customerId, int score, List<RiskFactor> factors) {

    public RiskScore {
        Objects.requireNonNull(customerId, "customerId");
        factors = factors.stream().filter(f -> f.points() > 0)
                .sorted(Comparator.comparingInt(RiskFactor::points).reversed()).toList();
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("risk score must be within 0..100, got " + score);
        }
    }

    /** The {@code n} factors that contributed most. */
    public List<RiskFactor> topFactors(int n) {
        return factors.subList(0, Math.min(n, factors.size()));
    }
}
