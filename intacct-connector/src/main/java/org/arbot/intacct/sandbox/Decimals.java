package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The API's {@code decimal-precision-2} strings: read leniently, always written with two decimals. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal read(JsonNode node, String target) {
        if (node.isMissingNode() || node.isNull()) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            BigDecimal value = new BigDecimal(node.asText().trim());
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw SandboxError.invalid(target + " has more than two decimals: " + node.asText(), target);
            }
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw SandboxError.invalid(target + " is not a decimal: '" + node.asText() + "'", target);
        }
    }

    static String text(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
