package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.deductions.SupportingDocument;

/**
 * One customer as cash application sees it for one payment: the customer, its open invoices in the payment's
 * currency (looked up once in the shared index), the index itself for references, and its deduction documents.
 */
record CustomerAccount(Customer customer, OpenInvoices invoices, AccountInvoices account, Currency currency,
        List<SupportingDocument> documents) {

    static CustomerAccount of(Customer customer, OpenInvoices invoices, Currency currency, List<SupportingDocument> documents) {
        return new CustomerAccount(customer, invoices, invoices.account(customer.id(), currency), currency, documents);
    }

    List<Invoice> open() {
        return account.invoices();
    }

    /** The open amounts of {@link #open()} in minor units, in the same order; not to be changed. */
    long[] openBalances() {
        return account.balances();
    }

    List<Invoice> withNumber(String key) {
        return mine(invoices.withNumber(key));
    }

    List<Invoice> withPo(String po) {
        return mine(invoices.withPo(po));
    }

    List<Invoice> withBalance(long cents) {
        return account.withBalance(cents);
    }

    /** The {@link OpenInvoices#numberKey}s of {@link #open()}, in the same order; not to be changed. */
    String[] openNumberKeys() {
        return account.keys();
    }

    /** The invoices of this customer in this currency; the list itself when all are. */
    private List<Invoice> mine(List<Invoice> all) {
        for (int k = 0; k < all.size(); k++) {
            Invoice i = all.get(k);
            if (!i.customerId().equals(customer.id()) || !i.balance().currency().equals(currency)) {
                List<Invoice> kept = new ArrayList<>(all.size());
                for (Invoice j : all) {
                    if (j.customerId().equals(customer.id()) && j.balance().currency().equals(currency)) {
                        kept.add(j);
                    }
                }
                return kept;
            }
        }
        return all;
    }
}
