package org.arbot.core.deductions;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cuts the phrase that explains a deduction out of remittance text: invoice numbers, amounts and filler removed. */
final class DeductionText {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;|\\n]|\\s[-/]\\s");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(?:inv(?:oice)?s?\\.?|ref|po|p\\.o\\.)\\s*(?:no\\.?|number|#)?\\s*[:#-]?\\s*[a-z]{0,3}[-]?\\d{3,}\\b"
                    + "|[$€£]?\\s?\\d[\\d,]*\\.\\d{2}\\b|#?\\b\\d+\\b"
                    + "|(?i)\\b(?:less|minus|deduct(?:ed|ion|ing)?|ded|short[- ]?paid|short[- ]?pay(?:ment)?|paid|payment|pmt|pymt|for|re|per|amt|amount|usd|inv|invoice|remit(?:tance)?|adj(?:ustment)?|taken|note|see|attached|thank you|thanks?|you|check|chk|ach|wire|eft|acct|account|cust(?:omer)?|partial|installment|instal+ment|of|and|the|on|to|from|our|with|in|full|final|balance|ref(?:erence)?|transfer|credit|vendor|ap|run|w\\d+|eft|ach|ctx|ccd|remit|pymnt|no)\\b");
    private static final Pattern SPACES = Pattern.compile("[\\s,:.()\\[\\]*=#|;/-]+");

    /** A phrase explains something only if it has a real word in it. */
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");

    private DeductionText() {
    }

    /** The clause of {@code text} that contains the character at {@code at}, trimmed. */
    static String clauseAround(String text, int at) {
        var m = CLAUSE_BREAK.matcher(text);
        int start = 0;
        int end = text.length();
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() >= at) {
                end = m.start();
                break;
            }
        }
        return text.substring(start, end).trim();
    }

    /** The words of {@code text} that may explain a deduction, lower case, single-spaced; empty when nothing is left. */
    static String phrase(String text) {
        String stripped = NOISE.matcher(text).replaceAll(" ");
        String phrase = SPACES.matcher(stripped).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
        return WORD.matcher(phrase).find() ? phrase : "";
    }
}
