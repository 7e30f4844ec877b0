package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.money.Money;

/**
 * The periodic credit limit and terms review: reads each customer's last twelve months from the ledger and asks
 * {@link CreditLimitReview} for a proposal. New customers go through {@link CreditLimitReview#propose(CreditApplication)}.
 */
public final class ReviewingCreditLimits {

    private static final int MONTHS = 12;
    private static final int RECENT_MONTHS = 3;

    private final Ledger ledger;
    private final Clock clock;
    private final CreditLimitReview review = new CreditLimitReview();

    public ReviewingCreditLimits(Ledger ledger, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws NotFoundException when the ledger has no such customer */
    public CreditLimitProposal proposeFor(CustomerId id) {
        Customer customer = ledger.customer(id).orElseThrow(() -> new NotFoundException("customer " + id));
        LocalDate asOf = LocalDate.now(clock);
        List<Invoice> paid = ledger.paidInvoices(asOf.minusMonths(MONTHS)).stream().filter(i -> i.customerId().equals(id)).toList();
        return review.propose(behaviour(customer, ledger.openInvoices(id), paid, asOf));
    }

    /** Proposals that change something, for every customer: the periodic run. */
    public List<CreditLimitProposal> proposeForAll() {
        LocalDate asOf = LocalDate.now(clock);
        List<Invoice> open = ledger.openInvoices();
        List<Invoice> paid = ledger.paidInvoices(asOf.minusMonths(MONTHS));
        return ledger.customers().stream()
                .map(c -> review.propose(behaviour(c, mine(open, c), mine(paid, c), asOf)))
                .filter(CreditLimitProposal::changes)
                .toList();
    }

    static PaymentBehaviour behaviour(Customer customer, List<Invoice> open, List<Invoice> paid, LocalDate asOf) {
        Currency currency = customer.creditLimit().currency();
        LocalDate from = asOf.minusMonths(MONTHS);
        Money sales = Stream.concat(open.stream(), paid.stream()).filter(i -> i.invoiceDate().isAfter(from))
                .map(Invoice::total).reduce(Money.zero(currency), Money::plus);
        Money peak = Money.zero(currency);
        for (int m = 1; m <= MONTHS; m++) {
            LocalDate day = YearMonth.from(asOf).minusMonths(m).atEndOfMonth();
            peak = peak.max(Stream.concat(open.stream(), paid.stream())
                    .filter(i -> !i.invoiceDate().isAfter(day) && i.paidDate().map(d -> d.isAfter(day)).orElse(true))
                    .map(Invoice::total).reduce(Money.zero(currency), Money::plus));
        }
        Money over90 = open.stream().filter(i -> i.daysPastDue(asOf) > 90).map(Invoice::balance)
                .reduce(Money.zero(currency), Money::plus);
        LocalDate recentFrom = asOf.minusMonths(RECENT_MONTHS);
        BigDecimal usual = averageLate(paid.stream().filter(i -> i.paidDate().get().isBefore(recentFrom)).toList());
        BigDecimal recent = averageLate(paid.stream().filter(i -> !i.paidDate().get().isBefore(recentFrom)).toList());
        BigDecimal all = averageLate(paid);
        return new PaymentBehaviour(customer, sales.times(BigDecimal.ONE.divide(BigDecimal.valueOf(MONTHS), 10, RoundingMode.HALF_UP),
                RoundingMode.HALF_UP), peak, all, recent.subtract(usual).max(BigDecimal.ZERO), over90);
    }

    private static List<Invoice> mine(List<Invoice> invoices, Customer customer) {
        return invoices.stream().filter(i -> i.customerId().equals(customer.id())).toList();
    }

    private static BigDecimal averageLate(List<Invoice> paid) {
        if (paid.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long total = paid.stream().mapToLong(i -> ChronoUnit.DAYS.between(i.dueDate(), i.paidDate().orElseThrow())).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(paid.size()), 1, RoundingMode.HALF_UP);
    }
}
