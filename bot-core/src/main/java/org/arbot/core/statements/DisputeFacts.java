package org.arbot.core.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;

/**
 * What the ledger holds on one customer's account, as of {@code asOf}, to reconcile disputed lines against: its
 * invoices (open and paid), its payments and adjustments, and bank lines received but not yet applied.
 */
public record DisputeFacts(Customer customer, LocalDate asOf, List<Invoice> invoices, List<Payment> payments,
        List<Adjustment> adjustments, List<BankLine> unappliedBankLines) {

    public DisputeFacts {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(asOf, "asOf");
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        adjustments = List.copyOf(adjustments);
        unappliedBankLines = List.copyOf(unappliedBankLines);
    }
}
