package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.List;
import org.arbot.core.ar.Invoice;

/**
 * One customer's open invoices in one currency, oldest due first, with their {@link OpenInvoices#numberKey}s and open
 * amounts in minor units in the same order. Immutable.
 */
final class AccountInvoices {

    static final AccountInvoices NONE = new AccountInvoices(List.of(), new String[0], new long[0]);

    private final List<Invoice> invoices;
    private final String[] keys;
    private final long[] balances;

    private AccountInvoices(List<Invoice> invoices, String[] keys, long[] balances) {
        this.invoices = invoices;
        this.keys = keys;
        this.balances = balances;
    }

    /** @param sorted the account's invoices, oldest due first, each with its number key */
    static AccountInvoices of(List<OpenInvoices.Keyed> sorted) {
        Invoice[] invoices = new Invoice[sorted.size()];
        String[] keys = new String[invoices.length];
        long[] balances = new long[invoices.length];
        for (int k = 0; k < invoices.length; k++) {
            OpenInvoices.Keyed keyed = sorted.get(k);
            invoices[k] = keyed.invoice();
            keys[k] = keyed.key();
            balances[k] = keyed.invoice().balance().minorUnits();
        }
        return new AccountInvoices(List.of(invoices), keys, balances);
    }

    List<Invoice> invoices() {
        return invoices;
    }

    /** The number keys of {@link #invoices()}, in the same order; not to be changed. */
    String[] keys() {
        return keys;
    }

    /** The open amounts of {@link #invoices()} in minor units, in the same order; not to be changed. */
    long[] balances() {
        return balances;
    }

    /** The invoices with exactly {@code cents} open, oldest due first: a scan of this account, never of the book. */
    List<Invoice> withBalance(long cents) {
        List<Invoice> found = List.of();
        for (int k = 0; k < balances.length; k++) {
            if (balances[k] == cents) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(invoices.get(k));
            }
        }
        return found;
    }
}
