package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.CustomerId;

/**
 * Why standard DSO moved between two month ends: DSO is the sum over invoices of balance / sales x days, so each
 * invoice's (and each customer's) share of the change is exact and the shares add up to the change.
 */
public final class DsoMovers {

    private DsoMovers() {
    }

    /** A customer's or an invoice's share of the change, in days. */
    public record Mover(String name, BigDecimal days) {
    }

    /** The change from the month before {@code month} to {@code month}, and who moved it most. */
    public record Explanation(YearMonth month, BigDecimal change, List<Mover> customers, List<Mover> invoices) {
    }

    public static Explanation explain(ReceivablesBook book, YearMonth month, int top) {
        YearMonth before = month.minusMonths(1);
        BigDecimal nowPerUnit = perUnit(book, month);
        BigDecimal beforePerUnit = perUnit(book, before);
        Map<String, BigDecimal> byCustomer = new HashMap<>();
        Map<String, BigDecimal> byInvoice = new HashMap<>();
        BigDecimal change = BigDecimal.ZERO;
        for (InvoiceHistory history : book.invoices()) {
            BigDecimal share = history.balanceOn(month.atEndOfMonth()).amount().multiply(nowPerUnit)
                    .subtract(history.balanceOn(before.atEndOfMonth()).amount().multiply(beforePerUnit));
            if (share.signum() == 0) {
                continue;
            }
            change = change.add(share);
            CustomerId customer = history.invoice().customerId();
            String name = book.customer(customer).map(c -> c.name()).orElse(customer.value());
            byCustomer.merge(name, share, BigDecimal::add);
            byInvoice.put(history.invoice().number() + " (" + name + ")", share);
        }
        return new Explanation(month, change.setScale(1, RoundingMode.HALF_UP), largest(byCustomer, top), largest(byInvoice, top));
    }

    /** Days per unit of currency owed at the month's end: its days over its sales; zero without sales. */
    private static BigDecimal perUnit(ReceivablesBook book, YearMonth month) {
        BigDecimal sales = book.salesBetween(month.atDay(1), month.atEndOfMonth()).amount();
        return sales.signum() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(month.lengthOfMonth()).divide(sales, 12, RoundingMode.HALF_UP);
    }

    private static List<Mover> largest(Map<String, BigDecimal> shares, int top) {
        return shares.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue().abs()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top).map(e -> new Mover(e.getKey(), e.getValue().setScale(1, RoundingMode.HALF_UP))).toList();
    }
}
