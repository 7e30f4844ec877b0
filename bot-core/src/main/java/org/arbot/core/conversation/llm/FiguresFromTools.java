package org.arbot.core.conversation.llm;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every figure in a model's answer appears in what the tools returned: amounts, counts and percentages
 * (compared as numbers, so "$9,120" matches "9,120.00 USD"), dates (ISO or written out, "Nov 25" matches
 * "2026-11-25") and record numbers ({@code INV-0001001}, {@code SO-2231}). A figure found nowhere in the tool results
 * was made up, and the answer must not be sent.
 *
 * <p>Deliberately strict: a figure the model computed itself (a sum, a rounded percentage, a count it made) fails too.
 * A list's own numbering ("1. ") at the start of a line is not a figure.
 */
final class FiguresFromTools {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b(?:,? (\\d{4})\\b)?");
    private static final Pattern RECORD = Pattern.compile("\\b[A-Za-z]{1,5}-?\\d[\\w-]*\\b");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^\\s*\\d{1,2}[.)]\\s");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\w])"
            + "|(?<![\\w.])\\d+(?:\\.\\d+)?(?![\\w])");

    private final Set<String> known = new HashSet<>();

    /** @param toolResults what the tools returned in this exchange, as the process read it (personal data included) */
    FiguresFromTools(Collection<String> toolResults) {
        toolResults.forEach(text -> known.addAll(figures(text, true)));
    }

    /** The figures of {@code answer} that no tool result contains, in the order they appear; empty when all do. */
    List<String> unsupported(String answer) {
        List<String> missing = new ArrayList<>();
        for (String figure : figures(LIST_NUMBER.matcher(answer).replaceAll(" "), false)) {
            if (!known.contains(figure)) {
                missing.add(figure.replaceFirst("^(number|record|date|day):", ""));
            }
        }
        return missing;
    }

    /**
     * The figures of a text as comparable keys. Dates give "date:yyyy-mm-dd" and "day:mm-dd", or only the day when
     * written without a year; dates are removed before records and numbers are read, records before numbers.
     */
    private static Set<String> figures(String text, boolean source) {
        Set<String> keys = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(text);
        blank(rest, ISO_DATE, m -> {
            if (source) {
                keys.add("date:" + m.group());
            }
            keys.add(source ? "day:" + m.group(2) + "-" + m.group(3) : "date:" + m.group());
        });
        blank(rest, MONTH_DAY, m -> written(keys, m.group(1), m.group(2), m.group(3), source));
        blank(rest, DAY_MONTH, m -> written(keys, m.group(2), m.group(1), m.group(3), source));
        blank(rest, RECORD, m -> keys.add("record:" + m.group().toUpperCase(Locale.ROOT)));
        blank(rest, NUMBER, m -> keys.add("number:" + new BigDecimal(m.group().replace(",", "")).stripTrailingZeros()
                .toPlainString()));
        return keys;
    }

    private static void written(Set<String> keys, String month, String day, String year, boolean source) {
        String monthDay = String.format("%02d-%02d", month(month).getValue(), Integer.parseInt(day));
        if (year != null) {
            keys.add("date:" + year + "-" + monthDay);
        }
        if (year == null || source) {
            keys.add("day:" + monthDay);
        }
    }

    private static Month month(String written) {
        String start = written.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(start)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + written);
    }

    private static void blank(StringBuilder text, Pattern pattern, java.util.function.Consumer<Matcher> found) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            found.accept(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        spans.forEach(span -> text.replace(span[0], span[1], " ".repeat(span[1] - span[0])));
    }
}
