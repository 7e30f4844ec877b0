package org.arbot.core.deductions;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cuts the phrase that explains a deduction out of remittance text: invoice numbers, amounts and filler removed. */
final class DeductionText {

    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(?:inv(?:oice)?s?\\.?|ref|po|p\\.o\\.)\\s*(?:no\\.?|number|#)?\\s*[:#-]?\\s*[a-z]{0,3}[-]?\\d{3,}\\b"
                    + "|[$€£]?\\s?\\d[\\d,]*\\.\\d{2}\\b|#?\\b\\d+\\b"
                    + "|(?i)\\b(?:less|minus|deduct(?:ed|ion|ing)?|ded|short[- ]?paid|short[- ]?pay(?:ment)?|paid|payment|pmt|pymt|for|re|per|amt|amount|usd|inv|invoice|remit(?:tance)?|adj(?:ustment)?|taken|note|see|attached|thank you|thanks?|you|check|chk|ach|wire|eft|acct|account|cust(?:omer)?|partial|installment|instal+ment|of|and|the|on|to|from|our|with|in|full|final|balance|ref(?:erence)?|transfer|credit|vendor|ap|run|w\\d+|eft|ach|ctx|ccd|remit|pymnt|no)\\b");
    /** Punctuation that separates words in a phrase; with the whitespace of {@code \s}, each run becomes one space. */
    private static final String SEPARATORS = ",:.()[]*=#|;/-";

    /** A phrase explains something only if it has a real word in it: four ASCII lower-case letters in a row. */
    private static final int WORD_LENGTH = 4;

    private DeductionText() {
    }

    /** The clause of {@code text} that contains the character at {@code at}, trimmed. */
    static String clauseAround(String text, int at) {
        int start = 0;
        int end = text.length();
        int i = 0;
        while (i < text.length()) {
            int breakEnd = clauseBreakEnd(text, i);
            if (breakEnd < 0) {
                i++;
                continue;
            }
            if (breakEnd <= at) {
                start = breakEnd;
            } else if (i >= at) {
                end = i;
                break;
            }
            i = breakEnd;
        }
        return text.substring(start, end).trim();
    }

    /**
     * The end of the clause break starting at {@code i}, or -1 when none does: {@code ;}, {@code |} or a line feed,
     * else a {@code -} or {@code /} between two whitespace characters; as {@code [;|\n]|\s[-/]\s} would find it.
     */
    private static int clauseBreakEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == ';' || c == '|' || c == '\n') {
            return i + 1;
        }
        if (i + 2 < text.length() && isRegexSpace(c) && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '/')
                && isRegexSpace(text.charAt(i + 2))) {
            return i + 3;
        }
        return -1;
    }

    /** The words of {@code text} that may explain a deduction, lower case, single-spaced; empty when nothing is left. */
    static String phrase(String text) {
        String stripped = NOISE.matcher(text).replaceAll(" ");
        String phrase = separatorsToSpaces(stripped).trim().toLowerCase(Locale.ROOT);
        return hasWord(phrase) ? phrase : "";
    }

    /** Each run of whitespace and {@link #SEPARATORS} replaced by a single space. */
    private static String separatorsToSpaces(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = isRegexSpace(c) || SEPARATORS.indexOf(c) >= 0;
            if (!separator) {
                b.append(c);
            } else if (!inRun) {
                b.append(' ');
            }
            inRun = separator;
        }
        return b.toString();
    }

    private static boolean hasWord(String phrase) {
        int run = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            run = c >= 'a' && c <= 'z' ? run + 1 : 0;
            if (run >= WORD_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
