package org.arbot.core.conversation.llm;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the text customers wrote (remittance advice, e-mails) inside a tool result as quoted data, so that the model
 * is told, at the place it reads them, that these words are evidence to report and never instructions to follow.
 *
 * <p>Quoting is the first line; the second does not rely on the model obeying it: no tool acts, and a proposed action
 * counts only if the user's own message asked for it ({@link RequestedActions}).
 */
final class QuotedCustomerText {

    static final String OPEN = "<customer-text>";
    static final String CLOSE = "</customer-text>";

    private final List<String> customerTexts;

    /** @param customerTexts texts that customers wrote, as they appear in tool results */
    QuotedCustomerText(Collection<String> customerTexts) {
        this.customerTexts = customerTexts.stream().filter(t -> t != null && !t.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The tool result with every customer-written text between {@link #OPEN} and {@link #CLOSE}. Angle brackets inside
     * the customer's words become look-alikes, so a customer cannot close the quote early and speak outside it.
     */
    String quote(String toolResult) {
        String quoted = toolResult;
        for (String text : customerTexts) {
            quoted = quoted.replace(text, "\u0000" + Integer.toHexString(customerTexts.indexOf(text)) + "\u0000");
        }
        for (int i = 0; i < customerTexts.size(); i++) {
            quoted = quoted.replace("\u0000" + Integer.toHexString(i) + "\u0000", OPEN + defanged(customerTexts.get(i)) + CLOSE);
        }
        return quoted;
    }

    /** The model's answer without quote marks it may have copied. */
    static String unquoted(String answer) {
        return answer.replace(OPEN, "").replace(CLOSE, "");
    }

    private static String defanged(String text) {
        return text.replace('<', '‹').replace('>', '›').replace("\u0000", "");
    }
}
