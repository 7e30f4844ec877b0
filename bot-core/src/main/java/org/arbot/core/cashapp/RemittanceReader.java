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
    private static final Pattern DIGITS = Pattern.compile("\\d{3,12}");
    private static final Pattern NOT_PAID = Pattern.compile(
            "(?i)(?:less|minus|deduct\\w*|ded|short\\w*(?: paid| pay)?|disc\\w*|fee|total|credit|cr|gross|orig\\w*|bal\\w*)\\s*[:$]*\\s*$");
    private static final Pattern BREAK = Pattern.compile("[|;\\n]");
    private static final Pattern PARTIAL = Pattern.compile(
            "(?i)\\bpartial\\b|\\binstal+ments?\\b|\\bpart[- ]pay(?:ment)?\\b|\\b\\d+(?:st|nd|rd|th) (?:payment|instal+ment)\\b|\\bpayment \\d+ of \\d+\\b|\\bpaying down\\b");

    private RemittanceReader() {
    }

    static Remittance read(String reference, String remittance) {
        String text = reference.isBlank() ? remittance : remittance.isBlank() ? reference : reference + " | " + remittance;
        boolean[] taken = new boolean[text.length()];
        List<String> pos = new ArrayList<>();
        Matcher po = PO.matcher(text);
        while (po.find()) {
            pos.add(PayerNames.compact(po.group(1)));
            mark(taken, po.start(), po.end());
        }
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            mark(taken, date.start(), date.end());
        }
        List<long[]> amounts = new ArrayList<>();
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            if (taken[amount.start()]) {
                continue;
            }
            long cents = Long.parseLong(amount.group(1).replace(",", "")) * 100 + Long.parseLong(amount.group(2));
            boolean paid = !NOT_PAID.matcher(text.substring(Math.max(0, amount.start() - 14), amount.start())).find();
            amounts.add(new long[] {amount.start(), cents, paid ? 1 : 0});
            mark(taken, amount.start(), amount.end());
        }
        List<InvoiceRef> refs = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            if (taken[digits.start()] || boundedByWord(text, digits.start(), digits.end())) {
                continue;
            }
            String key = stripZeros(digits.group());
            if (!key.isEmpty()) {
                refs.add(new InvoiceRef(key, digits.group(), -1, digits.start()));
            }
        }
        return new Remittance(withAmounts(text, refs, amounts), pos, PARTIAL.matcher(text).find(), text,
                Remittance.explanation(reference, remittance));
    }

    /** Gives each reference the first paid amount written after it, before the next reference or clause break. */
    private static List<InvoiceRef> withAmounts(String text, List<InvoiceRef> refs, List<long[]> amounts) {
        List<InvoiceRef> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            InvoiceRef ref = refs.get(i);
            int from = ref.at() + ref.raw().length();
            int to = i + 1 < refs.size() ? refs.get(i + 1).at() : text.length();
            Matcher stop = BREAK.matcher(text).region(from, to);
            if (stop.find()) {
                to = stop.start();
            }
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
        StringBuilder b = new StringBuilder();
        for (int j = i; j < digits.length(); j++) {
            if (Character.isDigit(digits.charAt(j))) {
                b.append(digits.charAt(j));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
