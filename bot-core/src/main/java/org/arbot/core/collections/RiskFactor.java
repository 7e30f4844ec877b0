package org.arbot.core.collections;

import java.util.Objects;

/** One contribution to a risk score: its name, its points and a sentence with the numbers behind it. */
public record RiskFactor(String name, int points, String reason) {

    public RiskFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
