package org.arbot.core.cashapp;

import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.deductions.Deduction;
import org.arbot.core.money.Money;

/**
 * One way to apply a payment: the customer, what goes to each invoice, the deductions taken and what stays unapplied
 * on account; applications, deductions and unapplied together account for the whole payment and the short-paid part.
 *
 * @param confidence how likely this proposal is right, 0..1
 */
public record Proposal(CustomerId customerId, List<PaymentApplication> applications, List<Deduction> deductions,
        Money unapplied, double confidence, List<String> reasons) {

    public Proposal {
        Objects.requireNonNull(customerId, "customerId");
        applications = List.copyOf(applications);
        deductions = List.copyOf(deductions);
        Objects.requireNonNull(unapplied, "unapplied");
        reasons = List.copyOf(reasons);
    }

    /** Whether two proposals put the same amounts on the same invoices. */
    boolean sameApplications(Proposal other) {
        return customerId.equals(other.customerId) && applications.equals(other.applications);
    }
}
