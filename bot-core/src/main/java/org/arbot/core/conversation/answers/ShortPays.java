package org.arbot.core.conversation.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/**
 * Finds short-pays among the unapplied bank lines: a line whose remittance names open invoices that together exceed
 * what was received. The remittance is read as data ("INV-0001234 paid 9,120.00 less 480.00 damaged goods").
 */
final class ShortPays {

    private static final Pattern INVOICE = Pattern.compile("\\bINV-?\\d+\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATED = Pattern.compile(
            "\\b(?:less|minus|deduct(?:ed|ing)?)\\s+(?:(\\d{1,2}(?:\\.\\d+)?)% ?([a-z ]*?)\\s+)?\\$?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?|\\d+(?:\\.\\d{2})?)\\s*([a-z][a-z %-]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> REASONS = Map.of("damage", "DAMAGE", "pric", "PRICING", "promo", "PROMOTION",
            "freight", "FREIGHT", "discount", "EARLY_PAY_DISCOUNT", "short ship", "SHORTAGE", "shortage", "SHORTAGE",
            "return", "RETURN", "tax", "TAX");

    private final Ledger ledger;

    ShortPays(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Every short-pay among the unapplied lines, optionally only those paying invoices of {@code customer}. */
    List<ShortPay> find(Optional<CustomerId> customer) {
        Map<String, Invoice> open = ledger.openInvoices().stream()
                .collect(Collectors.toMap(i -> i.number().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<ShortPay> found = new ArrayList<>();
        for (BankLine line : ledger.unappliedBankLines()) {
            List<Invoice> named = new ArrayList<>();
            Matcher m = INVOICE.matcher(line.remittance());
            while (m.find()) {
                Optional.ofNullable(open.get(m.group().toUpperCase(Locale.ROOT).replaceFirst("^INV(\\d)", "INV-$1")))
                        .ifPresent(named::add);
            }
            if (named.isEmpty() || customer.isPresent() && named.stream().noneMatch(i -> i.customerId().equals(customer.get()))) {
                continue;
            }
            Money invoiced = named.stream().map(Invoice::balance).reduce(Money.zero(line.amount().currency()), Money::plus);
            if (invoiced.isGreaterThan(line.amount())) {
                found.add(new ShortPay(line, named, invoiced, invoiced.minus(line.amount()), stated(line)));
            }
        }
        return found;
    }

    static List<ShortPay.StatedDeduction> stated(BankLine line) {
        List<ShortPay.StatedDeduction> stated = new ArrayList<>();
        Matcher m = STATED.matcher(line.remittance());
        while (m.find()) {
            String words = ((m.group(2) == null ? "" : m.group(2)) + " " + (m.group(4) == null ? "" : m.group(4))).trim();
            Money amount = Money.of(new BigDecimal(m.group(3).replace(",", "")), line.amount().currency(),
                    java.math.RoundingMode.HALF_UP);
            stated.add(new ShortPay.StatedDeduction(amount, words, reason(words)));
        }
        return stated;
    }

    private static String reason(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return REASONS.entrySet().stream().filter(e -> lower.contains(e.getKey())).map(Map.Entry::getValue)
                .sorted().findFirst().orElse("UNKNOWN");
    }
}
