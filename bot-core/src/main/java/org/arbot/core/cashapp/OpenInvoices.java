package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;

/**
 * The open invoices a payment may settle, indexed by customer (oldest due first), by invoice number, by PO number and
 * by customer and open amount, so that matching one payment never scans every invoice.
 */
public final class OpenInvoices {

    private record AmountKey(CustomerId customer, long cents) {
    }

    private static final Comparator<Invoice> OLDEST_DUE_FIRST = Comparator.comparing(Invoice::dueDate)
            .thenComparing(Invoice::invoiceDate).thenComparing(Invoice::number);

    private final Map<CustomerId, List<Invoice>> byCustomer = new HashMap<>();
    private final Map<String, List<Invoice>> byNumber = new HashMap<>();
    private final Map<String, List<Invoice>> byPo = new HashMap<>();
    private final Map<AmountKey, List<Invoice>> byAmount = new HashMap<>();

    public OpenInvoices(Collection<Invoice> invoices) {
        for (Invoice invoice : invoices) {
            if (!invoice.isOpen()) {
                continue;
            }
            byCustomer.computeIfAbsent(invoice.customerId(), k -> new ArrayList<>()).add(invoice);
            byNumber.computeIfAbsent(numberKey(invoice.number()), k -> new ArrayList<>(1)).add(invoice);
            invoice.poNumber().map(PayerNames::compact).filter(p -> !p.isEmpty())
                    .ifPresent(po -> byPo.computeIfAbsent(po, k -> new ArrayList<>(1)).add(invoice));
            byAmount.computeIfAbsent(new AmountKey(invoice.customerId(), invoice.balance().minorUnits()),
                    k -> new ArrayList<>(1)).add(invoice);
        }
        byCustomer.values().forEach(list -> list.sort(OLDEST_DUE_FIRST));
        byAmount.values().forEach(list -> list.sort(OLDEST_DUE_FIRST));
    }

    /** The indexing form of an invoice number: its digits without leading zeros. */
    static String numberKey(String number) {
        return RemittanceReader.stripZeros(number);
    }

    /** The customer's open invoices, oldest due first. */
    public List<Invoice> of(CustomerId customer) {
        return byCustomer.getOrDefault(customer, List.of());
    }

    /** Open invoices, of any customer, whose number has the key {@code key}. */
    List<Invoice> withNumber(String key) {
        return byNumber.getOrDefault(key, List.of());
    }

    List<Invoice> withPo(String po) {
        return byPo.getOrDefault(po, List.of());
    }

    /** The customer's open invoices with exactly {@code cents} open, oldest due first. */
    List<Invoice> withBalance(CustomerId customer, long cents) {
        return byAmount.getOrDefault(new AmountKey(customer, cents), List.of());
    }

    public int size() {
        return byNumber.values().stream().mapToInt(List::size).sum();
    }
}
