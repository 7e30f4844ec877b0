package org.arbot.core.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arbot.core.money.Money;

/**
 * Reads disputed lines from what a person pastes or types: "ACME says INV-1042 was paid on 3 March", or one line per
 * invoice with its date and amount. A date without a year is the latest such date on or before {@code asOf}.
 */
public final class DisputeIntake {

    private static final Pattern INVOICE = Pattern.compile("\\b([A-Za-z]{2,5}-?\\d{3,})\\b");
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS
            + "(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern AMOUNT = Pattern.compile("(?:[$€£]|\\b[A-Z]{3}\\s?)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\.(\\d{2})\\b");

    private final Currency currency;
    private final LocalDate asOf;

    public DisputeIntake(Currency currency, LocalDate asOf) {
        this.currency = currency;
        this.asOf = asOf;
    }

    /** One disputed line per invoice number found, with the date and amount written on the same line of text. */
    public List<DisputedLine> read(String text) {
        List<DisputedLine> lines = new ArrayList<>();
        for (String part : text.split("[\\r\\n;]+")) {
            Matcher invoice = INVOICE.matcher(part);
            List<String> numbers = new ArrayList<>();
            while (invoice.find()) {
                numbers.add(invoice.group(1).toUpperCase(Locale.ROOT));
            }
            String rest = INVOICE.matcher(part).replaceAll(" ");
            for (String number : numbers) {
                lines.add(new DisputedLine(number, date(rest), amount(rest), part.trim()));
            }
        }
        return lines;
    }

    private Optional<LocalDate> date(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            return Optional.of(on(Integer.parseInt(dayMonth.group(1)), dayMonth.group(2), dayMonth.group(3)));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            return Optional.of(on(Integer.parseInt(monthDay.group(2)), monthDay.group(1), monthDay.group(3)));
        }
        return Optional.empty();
    }

    private LocalDate on(int day, String monthName, String year) {
        Month month = java.util.Arrays.stream(Month.values())
                .filter(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(monthName.substring(0, 3)))
                .findFirst().orElseThrow();
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate date = LocalDate.of(asOf.getYear(), month, day);
        return date.isAfter(asOf) ? date.minusYears(1) : date;
    }

    private Optional<Money> amount(String text) {
        Matcher amount = AMOUNT.matcher(ISO.matcher(text).replaceAll(" "));
        if (!amount.find()) {
            return Optional.empty();
        }
        return Optional.of(Money.of(new BigDecimal(amount.group(1).replace(",", "") + "." + amount.group(2)), currency));
    }
}
