package org.arbot.core.conversation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an amount typed in chat ("$12,500", "4,200.50", "5k", "1.2k") as a decimal with two places. */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("(?<![\\w.-])\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s?(k\\b)?");

    private Amounts() {
    }

    /** The first amount in a message whose references, dates and day counts were already blanked. */
    static Optional<String> first(String words) {
        Matcher m = AMOUNT.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
            amount = amount.multiply(BigDecimal.valueOf(1000));
        }
        return Optional.of(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
}
