package org.arbot.core.forecast;

import java.util.List;
import java.util.Objects;

/**
 * Observed delays from due date to full payment, in days (negative when paid early), each equally likely, and the
 * basis they were learned on.
 */
public record PayDelays(List<Integer> days, Basis basis) {

    /** Where a delay distribution comes from, most specific first. */
    public enum Basis {
        /** The customer's own paid invoices. */
        CUSTOMER,
        /** Customers of the same segment, for customers with too little history. */
        SEGMENT,
        /** The terms alone: the invoice is paid on its due date. */
        TERMS
    }

    public PayDelays {
        days = days.stream().sorted().toList();
        Objects.requireNonNull(basis, "basis");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a delay distribution needs at least one observation");
        }
    }

    static PayDelays onDueDate() {
        return new PayDelays(List.of(0), Basis.TERMS);
    }

    /** The delays still possible for an invoice already {@code daysPastDue} past due and unpaid. */
    public List<Integer> after(long daysPastDue) {
        return days.stream().filter(d -> d > daysPastDue).toList();
    }

    /** The delay at quantile {@code p} (0..1), nearest rank. */
    public int quantile(double p) {
        int rank = (int) Math.ceil(p * days.size());
        return days.get(Math.min(days.size() - 1, Math.max(0, rank - 1)));
    }

    public double mean() {
        return days.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
