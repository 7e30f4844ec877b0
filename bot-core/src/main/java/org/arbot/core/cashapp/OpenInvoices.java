package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;

/**
 * The open invoices a payment may settle, indexed by customer and currency (oldest due first, with their open
 * amounts), by invoice number and by PO number, so that matching one payment never scans every invoice.
 * Read-only once built, so safe to share between threads.
 */
public final class OpenInvoices {

    /**
     * An invoice with its {@link #numberKey} and its due and invoice dates as epoch days, so that sorting an account
     * compares numbers held together instead of following each invoice to its dates.
     */
    record Keyed(Invoice invoice, String key, long due, long issued) {

        Keyed(Invoice invoice, String key) {
            this(invoice, key, invoice.dueDate().toEpochDay(), invoice.invoiceDate().toEpochDay());
        }
    }

    /** A customer's accounts, one per currency; almost always one. */
    private record Accounts(Currency[] currencies, AccountInvoices[] invoices) {

        AccountInvoices in(Currency currency) {
            for (int k = 0; k < currencies.length; k++) {
                if (currencies[k].equals(currency)) {
                    return invoices[k];
                }
            }
            return AccountInvoices.NONE;
        }
    }

    private static final Accounts NO_ACCOUNTS = new Accounts(new Currency[0], new AccountInvoices[0]);

    private final Map<CustomerId, Accounts> byCustomer = new HashMap<>();
    private final Map<String, List<Invoice>> byNumber;
    private final Map<String, List<Invoice>> byPo = new HashMap<>();
    private final int size;

    /** Builds the indexes on two cores: accounts on this thread, numbers and POs on another. */
    public OpenInvoices(Collection<Invoice> invoices) {
        List<Invoice> open = new ArrayList<>(invoices.size());
        for (Invoice i : invoices) {
            if (i.isOpen()) {
                open.add(i);
            }
        }
        size = open.size();
        String[] keys = open.parallelStream().map(i -> numberKey(i.number())).toArray(String[]::new);
        byNumber = new HashMap<>(size + size / 3 + 1);
        CompletableFuture<Void> references = CompletableFuture.runAsync(() -> indexReferences(open, keys));
        indexAccounts(open, keys);
        references.join();
    }

    private void indexReferences(List<Invoice> open, String[] keys) {
        for (int k = 0; k < open.size(); k++) {
            Invoice invoice = open.get(k);
            file(byNumber, keys[k], invoice);
            if (invoice.poNumber().isPresent()) {
                String po = PayerNames.compact(invoice.poNumber().get());
                if (!po.isEmpty()) {
                    file(byPo, po, invoice);
                }
            }
        }
    }

    /** Most keys name one invoice: they get a one-element list until a second invoice shares them. */
    private static void file(Map<String, List<Invoice>> index, String key, Invoice invoice) {
        List<Invoice> filed = index.putIfAbsent(key, List.of(invoice));
        if (filed != null) {
            List<Invoice> more = new ArrayList<>(filed.size() + 1);
            more.addAll(filed);
            more.add(invoice);
            index.put(key, more);
        }
    }

    private void indexAccounts(List<Invoice> open, String[] keys) {
        Map<CustomerId, List<Keyed>> byCustomerKeyed = new HashMap<>();
        for (int k = 0; k < open.size(); k++) {
            Invoice invoice = open.get(k);
            List<Keyed> mine = byCustomerKeyed.get(invoice.customerId());
            if (mine == null) {
                mine = new ArrayList<>();
                byCustomerKeyed.put(invoice.customerId(), mine);
            }
            mine.add(new Keyed(invoice, keys[k]));
        }
        for (Map.Entry<CustomerId, List<Keyed>> e : byCustomerKeyed.entrySet()) {
            List<Keyed> mine = e.getValue();
            mine.sort(OpenInvoices::oldestDueFirst);
            byCustomer.put(e.getKey(), accounts(mine));
        }
    }

    /** Splits one customer's invoices, oldest due first, by currency, keeping the order. */
    private static Accounts accounts(List<Keyed> mine) {
        List<Currency> currencies = new ArrayList<>(1);
        for (Keyed keyed : mine) {
            Currency c = keyed.invoice().balance().currency();
            if (!currencies.contains(c)) {
                currencies.add(c);
            }
        }
        AccountInvoices[] accounts = new AccountInvoices[currencies.size()];
        if (accounts.length == 1) {
            accounts[0] = AccountInvoices.of(mine);
        } else {
            for (int k = 0; k < accounts.length; k++) {
                Currency c = currencies.get(k);
                accounts[k] = AccountInvoices.of(mine.stream().filter(i -> i.invoice().balance().currency().equals(c)).toList());
            }
        }
        return new Accounts(currencies.toArray(Currency[]::new), accounts);
    }

    /** Oldest due first, then oldest invoice date, then invoice number: the usual AR order for identical candidates. */
    private static int oldestDueFirst(Keyed a, Keyed b) {
        if (a.due() != b.due()) {
            return Long.compare(a.due(), b.due());
        }
        if (a.issued() != b.issued()) {
            return Long.compare(a.issued(), b.issued());
        }
        return a.invoice().number().compareTo(b.invoice().number());
    }

    /** The indexing form of an invoice number: its digits without leading zeros. */
    static String numberKey(String number) {
        return RemittanceReader.stripZeros(number);
    }

    /** The customer's open invoices in {@code currency}, oldest due first, with their keys and open amounts. */
    AccountInvoices account(CustomerId customer, Currency currency) {
        return byCustomer.getOrDefault(customer, NO_ACCOUNTS).in(currency);
    }

    /** The customer's open invoices in {@code currency}, oldest due first. */
    List<Invoice> of(CustomerId customer, Currency currency) {
        return account(customer, currency).invoices();
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
        return account(customer, currency).withBalance(cents);
    }

    public int size() {
        return size;
    }
}
