package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.money.Money;

/** Turns a book into the receipts it lets us expect: open balances, recurring invoices and the run rate of the rest. */
final class ExpectedReceipts {

    static final int RUN_RATE_DAYS = 91;
    static final int RUN_RATE_SAMPLE = 200;

    private final ForecastSettings settings;

    ExpectedReceipts(ForecastSettings settings) {
        this.settings = settings;
    }

    /** Every receipt expected after the book's {@code asOf}, for invoices issued up to {@code until}. */
    List<ExpectedReceipt> from(ReceivablesBook book, LocalDate until) {
        LocalDate asOf = book.asOf();
        PayBehaviour behaviour = PayBehaviour.learn(book, settings.segmentation());
        List<ExpectedReceipt> receipts = new ArrayList<>();
        for (InvoiceHistory open : book.openOn(asOf)) {
            Invoice invoice = open.invoice();
            PayDelays delays = behaviour.delaysFor(invoice);
            long pastDue = asOf.toEpochDay() - invoice.dueDate().toEpochDay();
            List<LocalDate> dates = delays.after(pastDue).stream().map(d -> invoice.dueDate().plusDays(d)).toList();
            if (dates.isEmpty()) {
                dates = spread(asOf);
            }
            receipts.add(new ExpectedReceipt(ExpectedReceipt.Source.OPEN_INVOICE, Optional.of(invoice.customerId()),
                    invoice.number(), open.balanceOn(asOf), invoice.invoiceDate(), dates, delays.basis()));
        }
        List<RecurringBilling> recurring = RecurringBilling.detect(book);
        for (RecurringBilling series : recurring) {
            for (LocalDate issued : series.nextInvoiceDates(asOf, until)) {
                Invoice like = projected(series.customerId(), issued, series.termDays(), series.amount());
                PayDelays delays = behaviour.delaysFor(like);
                List<LocalDate> dates = delays.days().stream().map(d -> like.dueDate().plusDays(d))
                        .map(d -> d.isAfter(issued) ? d : issued.plusDays(1)).toList();
                receipts.add(new ExpectedReceipt(ExpectedReceipt.Source.RECURRING, Optional.of(series.customerId()),
                        "recurring " + series.customerId() + " " + issued, series.amount(), issued, dates, delays.basis()));
            }
        }
        if (settings.runRate()) {
            receipts.addAll(runRate(book, behaviour, recurring, until));
        }
        return receipts;
    }

    private List<ExpectedReceipt> runRate(ReceivablesBook book, PayBehaviour behaviour, List<RecurringBilling> recurring,
            LocalDate until) {
        LocalDate asOf = book.asOf();
        Set<CustomerId> billedMonthly = recurring.stream().map(RecurringBilling::customerId).collect(Collectors.toSet());
        List<Invoice> recent = book.invoices().stream().map(InvoiceHistory::invoice)
                .filter(i -> !billedMonthly.contains(i.customerId()) && i.invoiceDate().isAfter(asOf.minusDays(RUN_RATE_DAYS)))
                .toList();
        List<Integer> daysToPay = behaviour.paid().stream()
                .filter(p -> !billedMonthly.contains(p.invoice().customerId()))
                .limit(RUN_RATE_SAMPLE).map(PayBehaviour.Paid::daysToPay).toList();
        if (recent.isEmpty() || daysToPay.isEmpty()) {
            return List.of();
        }
        Money sold = recent.stream().map(Invoice::total).reduce(book.zero(), Money::plus);
        Money weekly = sold.times(BigDecimal.valueOf(7).divide(BigDecimal.valueOf(RUN_RATE_DAYS), 10, RoundingMode.HALF_UP),
                RoundingMode.HALF_UP);
        List<ExpectedReceipt> receipts = new ArrayList<>();
        for (LocalDate issued = asOf.plusDays(4); !issued.isAfter(until); issued = issued.plusDays(7)) {
            LocalDate from = issued;
            List<LocalDate> dates = daysToPay.stream().map(d -> from.plusDays(Math.max(1, d))).toList();
            receipts.add(new ExpectedReceipt(ExpectedReceipt.Source.RUN_RATE, Optional.empty(), "run rate " + issued,
                    weekly, issued, dates, PayDelays.Basis.SEGMENT));
        }
        return receipts;
    }

    private List<LocalDate> spread(LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        for (int day = 1; day <= settings.staleWeeks() * 7; day++) {
            dates.add(asOf.plusDays(day));
        }
        return dates;
    }

    private static Invoice projected(CustomerId customer, LocalDate issued, int termDays, Money amount) {
        return new Invoice(InvoiceId.of("projected"), "projected", customer, issued,
                issued.plusDays(termDays), amount, amount, Optional.empty(), InvoiceState.POSTED,
                Optional.empty());
    }
}
