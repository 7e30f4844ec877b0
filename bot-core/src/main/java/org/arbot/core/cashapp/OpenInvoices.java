package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;

/**
 * The open invoices a payment may settle, indexed by customer and currency (oldest due first), by invoice number, by
 * PO number and by customer, currency and open amount, so that matching one payment never scans every invoice.
 * Read-only once built, so safe to share between threads.
 */
public final class OpenInvoices {

    private record Account(CustomerId customer, Currency currency) {
    }

    private record AmountKey(CustomerId customer, Currency currency, long cents) {
    }

    /** An invoice with its {@link #numberKey}. */
    private record Keyed(Invoice invoice, String key) {
    }

    /** One account's open invoices, oldest due first, and their {@link #numberKey}s in the same order. */
    private record AccountInvoices(List<Invoice> invoices, String[] keys) {
    }

    private static final Comparator<Invoice> OLDEST_DUE_FIRST = Comparator.comparing(Invoice::dueDate)
            .thenComparing(Invoice::invoiceDate).thenComparing(Invoice::number);
    private static final AccountInvoices NONE = new AccountInvoices(List.of(), new String[0]);

    private final Map<Account, AccountInvoices> byAccount = new HashMap<>();
    private final Map<String, List<Invoice>> byNumber = new HashMap<>();
    private final Map<String, List<Invoice>> byPo = new HashMap<>();
    private final Map<AmountKey, List<Invoice>> byAmount = new HashMap<>();
    private final int size;

    /** Builds the indexes on two cores: accounts and amounts on this thread, numbers and POs on another. */
    public OpenInvoices(Collection<Invoice> invoices) {
        List<Invoice> open = invoices.stream().filter(Invoice::isOpen).toList();
        String[] keys = open.parallelStream().map(i -> numberKey(i.number())).toArray(String[]::new);
        size = open.size();
        CompletableFuture<Void> references = CompletableFuture.runAsync(() -> indexReferences(open, keys));
        indexAccounts(open, keys);
        references.join();
    }

    private void indexReferences(List<Invoice> open, String[] keys) {
        for (int k = 0; k < open.size(); k++) {
            Invoice invoice = open.get(k);
            byNumber.computeIfAbsent(keys[k], key -> new ArrayList<>(1)).add(invoice);
            invoice.poNumber().map(PayerNames::compact).filter(p -> !p.isEmpty())
                    .ifPresent(po -> byPo.computeIfAbsent(po, key -> new ArrayList<>(1)).add(invoice));
        }
    }

    private void indexAccounts(List<Invoice> open, String[] keys) {
        Map<Account, List<Keyed>> accounts = new HashMap<>();
        for (int k = 0; k < open.size(); k++) {
            Invoice invoice = open.get(k);
            Currency currency = invoice.balance().currency();
            accounts.computeIfAbsent(new Account(invoice.customerId(), currency), key -> new ArrayList<>()).add(new Keyed(invoice, keys[k]));
            byAmount.computeIfAbsent(new AmountKey(invoice.customerId(), currency, invoice.balance().minorUnits()),
                    key -> new ArrayList<>(1)).add(invoice);
        }
        accounts.forEach((account, keyed) -> {
            keyed.sort(Comparator.comparing(Keyed::invoice, OLDEST_DUE_FIRST));
            byAccount.put(account, new AccountInvoices(keyed.stream().map(Keyed::invoice).toList(),
                    keyed.stream().map(Keyed::key).toArray(String[]::new)));
        });
        byAmount.values().forEach(list -> {
            if (list.size() > 1) {
                list.sort(OLDEST_DUE_FIRST);
            }
        });
    }

    /** The indexing form of an invoice number: its digits without leading zeros. */
    static String numberKey(String number) {
        return RemittanceReader.stripZeros(number);
    }

    /** The customer's open invoices in {@code currency}, oldest due first. */
    List<Invoice> of(CustomerId customer, Currency currency) {
        return byAccount.getOrDefault(new Account(customer, currency), NONE).invoices();
    }

    /** The {@link #numberKey}s of {@link #of(CustomerId, Currency)}, in the same order. */
    String[] numberKeys(CustomerId customer, Currency currency) {
        return byAccount.getOrDefault(new Account(customer, currency), NONE).keys();
    }

    /** Open invoices, of any customer, whose number has the key {@code key}. */
    List<Invoice> withNumber(String key) {
        return byNumber.getOrDefault(key, List.of());
    }

    List<Invoice> withPo(String po) {
        return byPo.getOrDefault(po, List.of());
    }

    /** The customer's open invoices in {@code currency} with exactly {@code cents} open, oldest due first. */
    List<Invoice> withBalance(CustomerId customer, Currency currency, long cents) {
        return byAmount.getOrDefault(new AmountKey(customer, currency, cents), List.of());
    }

    public int size() {
        return size;
    }
}
