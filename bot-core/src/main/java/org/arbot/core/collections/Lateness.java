package org.arbot.core.collections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Invoice;

/**
 * Days past due at payment, averaged over the paid invoices of a window: the usual window runs from 12 to 3 months before
 * the day, the recent one over the last 3 months.
 */
final class Lateness {

    static final int RECENT_MONTHS = 3;
    static final int HISTORY_MONTHS = 12;

    private Lateness() {
    }

    /** The earliest paid date either window looks at. */
    static LocalDate since(LocalDate asOf) {
        return asOf.minusMonths(HISTORY_MONTHS);
    }

    static Optional<BigDecimal> usual(List<Invoice> paid, LocalDate asOf) {
        return between(paid, since(asOf), asOf.minusMonths(RECENT_MONTHS));
    }

    static Optional<BigDecimal> recent(List<Invoice> paid, LocalDate asOf) {
        return between(paid, asOf.minusMonths(RECENT_MONTHS), asOf.plusDays(1));
    }

    /** The standard deviation of days late over the usual window: how much the customer's habit varies. */
    static Optional<BigDecimal> spread(List<Invoice> paid, LocalDate asOf) {
        LocalDate from = since(asOf);
        LocalDate before = asOf.minusMonths(RECENT_MONTHS);
        double[] days = paid.stream()
                .filter(i -> i.paidDate().filter(d -> !d.isBefore(from) && d.isBefore(before)).isPresent())
                .mapToDouble(Lateness::daysLate).toArray();
        if (days.length < 2) {
            return Optional.empty();
        }
        double mean = java.util.Arrays.stream(days).average().orElse(0);
        double variance = java.util.Arrays.stream(days).map(d -> (d - mean) * (d - mean)).sum() / (days.length - 1);
        return Optional.of(BigDecimal.valueOf(Math.sqrt(variance)).setScale(1, RoundingMode.HALF_UP));
    }

    /** Days past due at payment; negative for an invoice paid early. */
    static long daysLate(Invoice invoice) {
        return ChronoUnit.DAYS.between(invoice.dueDate(), invoice.paidDate().orElseThrow());
    }

    /** The average over invoices paid on or after {@code from} and before {@code before}; empty when there is none. */
    static Optional<BigDecimal> between(List<Invoice> paid, LocalDate from, LocalDate before) {
        List<Long> days = paid.stream()
                .filter(i -> i.paidDate().filter(d -> !d.isBefore(from) && d.isBefore(before)).isPresent())
                .map(Lateness::daysLate)
                .toList();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        long total = days.stream().mapToLong(Long::longValue).sum();
        return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP));
    }
}
