package org.arbot.core.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/**
 * Reads the receivables book through the {@link Ledger}: open invoices, invoices paid over the history window, and the
 * payments and adjustments that settled them, as of the end of yesterday (the last complete day).
 */
public final class ReadingReceivables {

    private final Ledger ledger;
    private final Clock clock;

    public ReadingReceivables(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The book with {@code months} months of history, in the currency most of the invoices are in. */
    public ReceivablesBook read(int months) {
        LocalDate asOf = LocalDate.now(clock).minusDays(1);
        LocalDate since = asOf.minusMonths(months);
        Map<InvoiceId, Invoice> invoices = new LinkedHashMap<>();
        ledger.paidInvoices(since).forEach(i -> invoices.put(i.id(), i));
        ledger.openInvoices().forEach(i -> invoices.put(i.id(), i));
        List<Invoice> all = new ArrayList<>(invoices.values());
        return ReceivablesBook.of(asOf, mainCurrency(all), ledger.customers(), all, ledger.payments(since),
                ledger.adjustments(since));
    }

    private static Currency mainCurrency(List<Invoice> invoices) {
        return invoices.stream().collect(Collectors.groupingBy(i -> i.total().currency(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Money.currencyOf("USD"));
    }
}
