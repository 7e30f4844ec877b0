package org.arbot.core.governance;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks that confidences and risks are scores between 0 and 1. */
final class Scores {

    private Scores() {
    }

    static BigDecimal requireScore(BigDecimal score, String name) {
        Objects.requireNonNull(score, name);
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + score);
        }
        return score;
    }
}
