package org.arbot.core.governance;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks that confidences and risks are scores between 0 and 1, and writes them one way. */
final class Scores {

    private Scores() {
    }

    /** The score in its canonical form (at least two decimals, no other trailing zeros), so equal scores are equal. */
    static BigDecimal requireScore(BigDecimal score, String name) {
        Objects.requireNonNull(score, name);
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + score);
        }
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
