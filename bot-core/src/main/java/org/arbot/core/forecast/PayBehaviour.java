package org.arbot.core.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;

/**
 * How each customer pays, learned from the invoices paid in full before the book's {@code asOf}: the customer's most
 * recent delays when it has enough of them, else its segment's, else the terms (due date).
 */
final class PayBehaviour {

    static final int MIN_OBSERVATIONS = 3;
    static final int CUSTOMER_WINDOW = 12;
    static final int SEGMENT_WINDOW = 60;

    private final Map<CustomerId, List<Paid>> byCustomer;
    private final Map<String, List<Paid>> bySegment;
    private final Function<Invoice, String> segmentOf;
    private final List<Paid> all;

    private PayBehaviour(List<Paid> all, Map<CustomerId, List<Paid>> byCustomer, Map<String, List<Paid>> bySegment,
            Function<Invoice, String> segmentOf) {
        this.all = all;
        this.byCustomer = byCustomer;
        this.bySegment = bySegment;
        this.segmentOf = segmentOf;
    }

    /** A paid invoice: its due-date delay, days to pay from the invoice date, and when it was paid. */
    record Paid(Invoice invoice, LocalDate paidOn) {

        int delay() {
            return (int) ChronoUnit.DAYS.between(invoice.dueDate(), paidOn);
        }

        int daysToPay() {
            return (int) ChronoUnit.DAYS.between(invoice.invoiceDate(), paidOn);
        }
    }

    static PayBehaviour learn(ReceivablesBook book, Segmentation segmentation) {
        Function<Invoice, String> segmentOf = invoice -> segmentation.segmentOf(invoice, book.customer(invoice.customerId()));
        List<Paid> paid = book.invoices().stream()
                .flatMap(h -> h.paidBy(book.asOf()).map(on -> new Paid(h.invoice(), on)).stream())
                .sorted(Comparator.comparing(Paid::paidOn).reversed())
                .toList();
        return new PayBehaviour(paid,
                paid.stream().collect(Collectors.groupingBy(p -> p.invoice().customerId())),
                paid.stream().collect(Collectors.groupingBy(p -> segmentOf.apply(p.invoice()))),
                segmentOf);
    }

    /** The delay distribution for an invoice of this customer. */
    PayDelays delaysFor(Invoice invoice) {
        List<Paid> own = byCustomer.getOrDefault(invoice.customerId(), List.of());
        if (own.size() >= MIN_OBSERVATIONS) {
            return new PayDelays(delays(own, CUSTOMER_WINDOW), PayDelays.Basis.CUSTOMER);
        }
        List<Paid> segment = bySegment.getOrDefault(segmentOf.apply(invoice), List.of());
        if (segment.size() >= MIN_OBSERVATIONS) {
            return new PayDelays(delays(segment, SEGMENT_WINDOW), PayDelays.Basis.SEGMENT);
        }
        return PayDelays.onDueDate();
    }

    /** The customer's paid invoices, most recently paid first. */
    List<Paid> paidBy(CustomerId customer) {
        return byCustomer.getOrDefault(customer, List.of());
    }

    /** Every paid invoice, most recently paid first. */
    List<Paid> paid() {
        return all;
    }

    private static List<Integer> delays(List<Paid> paid, int window) {
        return paid.stream().limit(window).map(Paid::delay).toList();
    }
}
