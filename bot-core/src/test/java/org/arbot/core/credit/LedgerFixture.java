package org.arbot.core.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;

/** Customers and invoices for tests that read through the ledger port. */
public final class LedgerFixture {

    private static int sequence;

    private LedgerFixture() {
    }

    public static Customer customer(String id, String limit, String collector) {
        return new Customer(CustomerId.of(id), "Customer " + id, Optional.empty(), Money.of(limit, "USD"), Terms.net(30),
                CollectorId.of(collector), false, List.of());
    }

    /** An open invoice of {@code amount}, due {@code daysPastDue} days before {@code asOf}, on net-30 terms. */
    public static Invoice open(String customer, String amount, LocalDate asOf, int daysPastDue) {
        LocalDate due = asOf.minusDays(daysPastDue);
        Money total = Money.of(amount, "USD");
        return new Invoice(InvoiceId.of("I" + ++sequence), "INV-" + sequence, CustomerId.of(customer), due.minusDays(30), due,
                total, total, Optional.empty(), InvoiceState.POSTED, Optional.empty());
    }

    /** An invoice paid in full on {@code paid}, {@code daysToPay} days after its date, on net-30 terms. */
    public static Invoice paid(String customer, String amount, LocalDate paid, int daysToPay) {
        LocalDate date = paid.minusDays(daysToPay);
        Money total = Money.of(amount, "USD");
        return new Invoice(InvoiceId.of("I" + ++sequence), "INV-" + sequence, CustomerId.of(customer), date, date.plusDays(30),
                total, Money.zero("USD"), Optional.empty(), InvoiceState.PAID, Optional.of(paid));
    }
}
