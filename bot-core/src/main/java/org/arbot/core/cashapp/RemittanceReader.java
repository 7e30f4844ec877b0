package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads invoice numbers in any common format ({@code INV-0001234}, {@code 1234}, {@code #1234}, {@code inv 0001234}),
 * PO numbers, the amounts written next to invoice numbers and partial-payment wording from free text.
 */
final class RemittanceReader {

    private static final Pattern PO = Pattern.compile(
            "(?i)\\b(?:P\\.?O\\.?|PURCHASE ORDER)\\s*(?:NO\\.?|NUMBER|#)?\\s*[:#-]?\\s*([A-Z]{0,4}-?\\d[A-Z0-9-]{2,})");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\w.,])\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)\\.(\\d{2})(?![\\d])");
    private static final Pattern NOT_PAID = Pattern.compile(
            "(?i)(?:less|minus|deduct\\w*|ded|short\\w*(?: paid| pay)?|disc\\w*|fee|total|credit|cr|gross|orig\\w*|bal\\w*)\\s*[:$]*\\s*$");
    private static final Pattern PARTIAL = Pattern.compile(
            "(?i)\\bpartial\\b|\\binstal+ments?\\b|\\bpart[- ]pay(?:ment)?\\b|\\b\\d+(?:st|nd|rd|th) (?:payment|instal+ment)\\b|\\bpayment \\d+ of \\d+\\b|\\bpaying down\\b");

    /** Invoice numbers are runs of ASCII digits, read as {@code \d{3,12}} would. */
    private static final int MIN_DIGITS = 3;
    private static final int MAX_DIGITS = 12;
    /** How far before an amount NOT_PAID looks for the word that makes it a deduction. */
    private static final int NOT_PAID_WINDOW = 14;

    private RemittanceReader() {
    }

    static Remittance read(String reference, String remittance) {
        String text = reference.isBlank() ? remittance : remittance.isBlank() ? reference : reference + " | " + remittance;
        String upper = text.toUpperCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        List<String> pos = mayHavePo(upper) ? poNumbers(text, taken) : List.of();
        if (hasDigitsAround(text, '-') || hasDigitsAround(text, '/')) {
            markDates(text, taken);
        }
        List<long[]> amounts = amounts(text, taken);
        List<InvoiceRef> refs = invoiceNumbers(text, taken);
        boolean partial = mayBePartial(upper) && PARTIAL.matcher(text).find();
        return new Remittance(withAmounts(text, refs, amounts), pos, partial,
                Remittance.explanation(reference, remittance));
    }

    /**
     * PO needs {@code P} and {@code O} with at most a dot between, or {@code PURCHASE ORDER}, in ASCII case-insensitive
     * matching; the upper-cased text then contains one of these literals.
     */
    private static boolean mayHavePo(String upper) {
        return upper.contains("PO") || upper.contains("P.O") || upper.contains("PURCHASE ORDER");
    }

    /**
     * Every PARTIAL alternative spells, case-insensitively, {@code part}, {@code instal}, {@code paying down}, an
     * ordinal's last letters and a space before {@code payment} ({@code 2nd payment}), or {@code payment}, a space and
     * a digit ({@code payment 1 of 2}); the upper-cased text then contains one of these. Remittances say "payment"
     * often, so that word alone does not send the text through the pattern.
     */
    private static boolean mayBePartial(String upper) {
        return upper.contains("PART") || upper.contains("INSTAL") || upper.contains("PAYING DOWN") || numberedPayment(upper);
    }

    private static boolean numberedPayment(String upper) {
        for (int at = upper.indexOf("PAYMENT"); at >= 0; at = upper.indexOf("PAYMENT", at + 1)) {
            int after = at + "PAYMENT".length();
            if (after + 1 < upper.length() && upper.charAt(after) == ' ' && isAsciiDigit(upper.charAt(after + 1))) {
                return true;
            }
            if (at >= 3 && upper.charAt(at - 1) == ' ' && ordinalEnding(upper.substring(at - 3, at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ordinalEnding(String letters) {
        return letters.equals("ST") || letters.equals("ND") || letters.equals("RD") || letters.equals("TH");
    }


    /**
     * Whether {@code separator} stands between two ASCII digits somewhere: DATE needs that for {@code '-'} or
     * {@code '/'}, AMOUNT for {@code '.'}.
     */
    private static boolean hasDigitsAround(String text, char separator) {
        return indexOfDigitsAround(text, separator, 0) >= 0;
    }

    /** The first {@code separator} at or after {@code from} that stands between two ASCII digits, or -1. */
    private static int indexOfDigitsAround(String text, char separator, int from) {
        for (int i = text.indexOf(separator, Math.max(from, 1)); i > 0 && i + 1 < text.length();
                i = text.indexOf(separator, i + 1)) {
            if (isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> poNumbers(String text, boolean[] taken) {
        List<String> pos = new ArrayList<>();
        Matcher po = PO.matcher(text);
        while (po.find()) {
            pos.add(PayerNames.compact(po.group(1)));
            mark(taken, po.start(), po.end());
        }
        return pos;
    }

    private static void markDates(String text, boolean[] taken) {
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            mark(taken, date.start(), date.end());
        }
    }

    /** Amounts not inside a PO number or date, each as {start, cents, 1 when paid or 0 when deducted}. */
    private static List<long[]> amounts(String text, boolean[] taken) {
        List<long[]> amounts = new ArrayList<>();
        Matcher amount = AMOUNT.matcher(text);
        Matcher notPaid = NOT_PAID.matcher(text);
        int from = 0;
        for (int dot = indexOfDigitsAround(text, '.', 0); dot >= 0; dot = indexOfDigitsAround(text, '.', from)) {
            if (!amount.find(Math.max(from, amountStartBound(text, dot)))) {
                break;
            }
            from = amount.end();
            if (taken[amount.start()]) {
                continue;
            }
            long cents = Long.parseLong(amount.group(1).replace(",", "")) * 100 + Long.parseLong(amount.group(2));
            boolean paid = !mayFollowNotPaidWord(text, amount.start())
                    || !notPaid.region(Math.max(0, amount.start() - NOT_PAID_WINDOW), amount.start()).find();
            amounts.add(new long[] {amount.start(), cents, paid ? 1 : 0});
            mark(taken, amount.start(), amount.end());
        }
        return amounts;
    }

    /**
     * No AMOUNT match starts before this when {@code dot} is the first digit-surrounded {@code '.'} where the search
     * goes on: a match is {@code $}, digits and commas up to such a dot. Searching from here with {@code find(int)}
     * finds what {@code find()} would, as its look-behind still sees the text before.
     */
    private static int amountStartBound(String text, int dot) {
        int start = dot;
        while (start > 0 && isAmountChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isAmountChar(char c) {
        return isAsciiDigit(c) || c == ',' || c == '$';
    }

    /**
     * Whether NOT_PAID may match in the window before an amount at {@code end}. Its words all end in an ASCII letter or
     * in {@code \w*} behind their letters, followed only by whitespace, {@code ':'}, {@code '$'} and a line terminator
     * before the end: so the last other character must end a run of ASCII word characters with a letter in it. NOT_PAID
     * has no look-around or word bounds, so running it on a region (anchored at its end) reads as a substring would.
     */
    private static boolean mayFollowNotPaidWord(String text, int end) {
        int windowStart = Math.max(0, end - NOT_PAID_WINDOW);
        int i = end - 1;
        while (i >= windowStart && isBlankOrCurrency(text.charAt(i))) {
            i--;
        }
        for (; i >= windowStart && isAsciiWordChar(text.charAt(i)); i--) {
            if (isAsciiLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s}, {@code ':'}, {@code '$'} or a line terminator that {@code $} may stand before. */
    private static boolean isBlankOrCurrency(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ':' || c == '$'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Runs of 3 to 12 ASCII digits as {@code \d{3,12}} finds them: a longer run gives 12-digit pieces from its start
     * and then its rest, when that is at least 3 digits.
     */
    private static List<InvoiceRef> invoiceNumbers(String text, boolean[] taken) {
        List<InvoiceRef> refs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            if (!isAsciiDigit(text.charAt(start))) {
                start++;
                continue;
            }
            int runEnd = endOfDigits(text, start);
            for (int piece = start; runEnd - piece >= MIN_DIGITS; piece += MAX_DIGITS) {
                addInvoiceNumber(text, taken, piece, Math.min(piece + MAX_DIGITS, runEnd), refs);
            }
            start = runEnd;
        }
        return refs;
    }

    private static int endOfDigits(String text, int from) {
        int end = from;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static void addInvoiceNumber(String text, boolean[] taken, int start, int end, List<InvoiceRef> refs) {
        if (taken[start] || boundedByWord(text, start, end)) {
            return;
        }
        String raw = text.substring(start, end);
        String key = stripZeros(raw);
        if (!key.isEmpty()) {
            refs.add(new InvoiceRef(key, raw, -1, start));
        }
    }

    /** {@code \d} without UNICODE_CHARACTER_CLASS: ASCII digits only. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Gives each reference the first paid amount written after it, before the next reference or clause break. */
    private static List<InvoiceRef> withAmounts(String text, List<InvoiceRef> refs, List<long[]> amounts) {
        List<InvoiceRef> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            InvoiceRef ref = refs.get(i);
            int from = ref.at() + ref.raw().length();
            int to = i + 1 < refs.size() ? refs.get(i + 1).at() : text.length();
            to = clauseBreak(text, from, to);
            long paid = -1;
            for (long[] a : amounts) {
                if (a[0] >= from && a[0] < to) {
                    if (a[2] == 1) {
                        paid = a[1];
                    }
                    break;
                }
            }
            out.add(new InvoiceRef(ref.key(), ref.raw(), paid, ref.at()));
        }
        return out;
    }

    /** The first of {@code |}, {@code ;} or a line feed in {@code [from, to)}, or {@code to} when there is none. */
    private static int clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == ';' || c == '\n') {
                return i;
            }
        }
        return to;
    }

    /** Digits glued to letters on the right (a street, a product code) are not an invoice number. */
    private static boolean boundedByWord(String text, int start, int end) {
        return end < text.length() && Character.isLetter(text.charAt(end));
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    /** The indexing form of an invoice number: its digits, leading zeros dropped. */
    static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() && (digits.charAt(i) == '0' || !Character.isDigit(digits.charAt(i)))) {
            i++;
        }
        int end = i;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        if (end == digits.length()) {
            return digits.substring(i); // the usual case: digits to the end, nothing to drop in between
        }
        StringBuilder b = new StringBuilder();
        for (int j = i; j < digits.length(); j++) {
            if (Character.isDigit(digits.charAt(j))) {
                b.append(digits.charAt(j));
            }
        }
        return b.toString();
    }
}
