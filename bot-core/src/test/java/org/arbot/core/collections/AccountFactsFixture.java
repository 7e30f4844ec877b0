package org.arbot.core.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.credit.LedgerFixture;

/** Account facts built from open invoices, with the habit and promise figures each test changes. */
final class AccountFactsFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** Every fixture customer's lateness varies by 5 days: slipping points start 10 days beyond the usual. */
    static final double SPREAD = 5;

    private AccountFactsFixture() {
    }

    static AccountFacts account(Customer customer, List<Invoice> open, double usualLate, double recentLate,
                                int brokenPromises, int disputes) {
        return new AccountFacts(customer, TODAY, AgingBuckets.of(open, TODAY, customer.creditLimit().currency()),
                open.stream().filter(i -> i.daysPastDue(TODAY) > 0).toList(),
                Optional.of(BigDecimal.valueOf(usualLate)), Optional.of(BigDecimal.valueOf(SPREAD)),
                Optional.of(BigDecimal.valueOf(recentLate)), brokenPromises,
                Optional.empty(), disputes);
    }

    /** A customer with a 50,000.00 limit owing {@code amount} that is {@code daysPastDue} days past due. */
    static AccountFacts owing(String id, String amount, int daysPastDue) {
        return account(LedgerFixture.customer(id, "50000.00", "alice"),
                List.of(LedgerFixture.open(id, amount, TODAY, daysPastDue)), 2, 2, 0, 0);
    }
}
