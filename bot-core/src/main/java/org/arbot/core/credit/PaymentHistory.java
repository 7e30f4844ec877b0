package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** A customer's paid invoices over the policy's trend and baseline windows, and what they tell about paying habits. */
final class PaymentHistory {

    /** Fewer paid invoices than this in a window make its average too noisy to compare. */
    static final int MIN_INVOICES_PER_WINDOW = 2;
    private static final int DSO_DAYS = 90;

    private final List<Invoice> paid;
    private final LocalDate asOf;
    private final LocalDate recentFrom;

    private PaymentHistory(List<Invoice> paid, LocalDate asOf, LocalDate recentFrom) {
        this.paid = paid;
        this.asOf = asOf;
        this.recentFrom = recentFrom;
    }

    static PaymentHistory of(CustomerId customer, Ledger ledger, LocalDate asOf, CreditPolicy policy) {
        LocalDate since = asOf.minusMonths(policy.trendMonths() + policy.baselineMonths());
        List<Invoice> paid = ledger.paidInvoices(since).stream()
                .filter(i -> i.customerId().equals(customer))
                .filter(i -> i.paidDate().filter(d -> !d.isAfter(asOf)).isPresent())
                .toList();
        return new PaymentHistory(paid, asOf, asOf.minusMonths(policy.trendMonths()));
    }

    Optional<PaymentTrend> trend() {
        List<Long> recent = daysToPay(paid.stream().filter(i -> !i.paidDate().get().isBefore(recentFrom)));
        List<Long> baseline = daysToPay(paid.stream().filter(i -> i.paidDate().get().isBefore(recentFrom)));
        if (recent.size() < MIN_INVOICES_PER_WINDOW || baseline.size() < MIN_INVOICES_PER_WINDOW) {
            return Optional.empty();
        }
        return Optional.of(new PaymentTrend(average(baseline), average(recent), baseline.size(), recent.size()));
    }

    Optional<LocalDate> lastPaymentDate() {
        return paid.stream().map(i -> i.paidDate().get()).max(Comparator.naturalOrder());
    }

    /** Balance over the last 90 days' sales, times 90; empty when nothing was invoiced in that time. */
    Optional<Integer> daysSalesOutstanding(Money balance, List<Invoice> open) {
        LocalDate from = asOf.minusDays(DSO_DAYS);
        BigDecimal sales = Stream.concat(open.stream(), paid.stream())
                .filter(i -> !i.invoiceDate().isBefore(from) && !i.invoiceDate().isAfter(asOf))
                .map(i -> i.total().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sales.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(balance.amount().multiply(BigDecimal.valueOf(DSO_DAYS)).divide(sales, 0, RoundingMode.HALF_UP).intValue());
    }

    private static List<Long> daysToPay(Stream<Invoice> invoices) {
        return invoices.map(i -> i.daysToPay().orElseThrow()).toList();
    }

    private static BigDecimal average(List<Long> days) {
        long total = days.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
    }
}
