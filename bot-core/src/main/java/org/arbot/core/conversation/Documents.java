package org.arbot.core.conversation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the document or payment a message names: {@code PRP-12}, {@code so 2231}, "order 4410", "proposal 311". */
final class Documents {

    static final Pattern REFERENCE = Pattern.compile(
            "\\b(prp|so|inv|pmt|bl|proposal|order|invoice|payment)\\s?[-#]?\\s?(\\d{1,9})\\b");
    private static final Map<String, String> PREFIX = Map.of("proposal", "PRP", "order", "SO", "invoice", "INV",
            "payment", "PMT");

    private Documents() {
    }

    /** The first invoice, order or proposal named. */
    static Optional<String> document(String words) {
        return first(words, false);
    }

    /** The first payment or bank line named. */
    static Optional<String> payment(String words) {
        return first(words, true);
    }

    /** The message with every reference blanked, so their digits are not read as amounts or dates. */
    static String withoutReferences(String words) {
        return REFERENCE.matcher(words).replaceAll(" ");
    }

    private static Optional<String> first(String words, boolean payments) {
        Matcher m = REFERENCE.matcher(words);
        while (m.find()) {
            String prefix = PREFIX.getOrDefault(m.group(1), m.group(1).toUpperCase(Locale.ROOT));
            boolean payment = prefix.equals("PMT") || prefix.equals("BL");
            if (payment == payments) {
                return Optional.of(prefix + "-" + m.group(2));
            }
        }
        return Optional.empty();
    }
}
