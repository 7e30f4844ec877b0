package org.arbot.core.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.collections.BacktestResult.Hits;

/**
 * Replays a company's invoice history month by month: at each month-end it scores every customer from what was known
 * then, and checks which customers became 30+ days later than usual during the following month (an invoice crossed
 * its due date plus the customer's usual lateness plus 30 days, unpaid). It compares the top quartile of the risk
 * ranking, of the priority ranking and of "largest overdue amount first".
 */
public final class CollectionsBacktest {

    /** Months of payment history a customer's usual lateness needs before the first month-end tested. */
    static final int WARM_UP_MONTHS = 6;
    static final int SLIPPAGE_DAYS = 30;

    private final CollectionsAgent agent = new CollectionsAgent();

    /**
     * @param history every invoice the company issued, open or paid, with paid dates
     * @param dataEnd the day the history was read; months ending after it are not tested
     */
    public BacktestResult run(List<Customer> customers, List<Invoice> history, LocalDate dataEnd) {
        Map<CustomerId, List<Invoice>> byCustomer = history.stream().collect(Collectors.groupingBy(Invoice::customerId));
        LocalDate first = history.stream().map(Invoice::invoiceDate).min(Comparator.naturalOrder()).orElse(dataEnd);
        Hits risk = new Hits(0, 0, 0);
        Hits impact = new Hits(0, 0, 0);
        Hits overdue = new Hits(0, 0, 0);
        int months = 0;
        int ranked = 0;
        int positives = 0;
        for (YearMonth month = YearMonth.from(first).plusMonths(WARM_UP_MONTHS);
             !month.plusMonths(1).atEndOfMonth().isAfter(dataEnd); month = month.plusMonths(1)) {
            LocalDate asOf = month.atEndOfMonth();
            LocalDate next = month.plusMonths(1).atEndOfMonth();
            List<Scored> scored = new ArrayList<>();
            for (Customer customer : customers) {
                List<Invoice> invoices = byCustomer.getOrDefault(customer.id(), List.of());
                AccountFacts facts = AsOf.facts(customer, invoices, asOf);
                scored.add(new Scored(customer.id(), agent.score(facts).score(), facts.aging().overdue().amount(),
                        slips(invoices, asOf, next)));
            }
            Set<CustomerId> slipped = scored.stream().filter(Scored::slipped).map(Scored::id).collect(Collectors.toSet());
            int k = (scored.size() + 3) / 4;
            risk = risk.plus(hits(scored, Comparator.comparingInt(Scored::score).thenComparing(Scored::overdue), k, slipped));
            impact = impact.plus(hits(scored, Comparator.comparing(Scored::impact), k, slipped));
            overdue = overdue.plus(hits(scored, Comparator.comparing(Scored::overdue), k, slipped));
            months++;
            ranked += scored.size();
            positives += slipped.size();
        }
        return new BacktestResult(months, ranked, positives, risk, impact, overdue);
    }

    private record Scored(CustomerId id, int score, BigDecimal overdue, boolean slipped) {

        BigDecimal impact() {
            return overdue.multiply(BigDecimal.valueOf(score));
        }
    }

    /** Whether an invoice of the customer became {@value #SLIPPAGE_DAYS}+ days later than usual between the two days. */
    private static boolean slips(List<Invoice> invoices, LocalDate asOf, LocalDate next) {
        long usual = Math.round(Lateness.between(paidBy(invoices, asOf), Lateness.since(asOf), asOf.plusDays(1))
                .map(BigDecimal::doubleValue).orElse(0.0));
        return invoices.stream().anyMatch(i -> {
            LocalDate crossing = i.dueDate().plusDays(usual + SLIPPAGE_DAYS);
            return crossing.isAfter(asOf) && !crossing.isAfter(next)
                    && i.paidDate().map(paid -> !paid.isBefore(crossing)).orElse(true);
        });
    }

    private static List<Invoice> paidBy(List<Invoice> invoices, LocalDate day) {
        return invoices.stream().filter(i -> i.paidDate().filter(d -> !d.isAfter(day)).isPresent()).toList();
    }

    /** The top {@code k} by {@code order}, largest first; ties go to the customer id so every run ranks alike. */
    private static Hits hits(List<Scored> scored, Comparator<Scored> order, int k, Set<CustomerId> slipped) {
        List<Scored> top = scored.stream()
                .sorted(order.reversed().thenComparing(s -> s.id().value()))
                .limit(k).toList();
        int hits = (int) top.stream().filter(s -> slipped.contains(s.id())).count();
        return new Hits(k, hits, slipped.size());
    }

    /** A customer's account as it stood at a past day, rebuilt from the invoices' dates. */
    static final class AsOf {

        private AsOf() {
        }

        static AccountFacts facts(Customer customer, List<Invoice> invoices, LocalDate day) {
            List<Invoice> open = invoices.stream()
                    .filter(i -> !i.invoiceDate().isAfter(day))
                    .filter(i -> i.paidDate().map(d -> d.isAfter(day)).orElse(true))
                    .map(AsOf::unpaid)
                    .toList();
            List<Invoice> paid = paidBy(invoices, day);
            return new AccountFacts(customer, day, AgingBuckets.of(open, day, customer.creditLimit().currency()),
                    open.stream().filter(i -> i.daysPastDue(day) > 0).toList(), Lateness.usual(paid, day),
                    Lateness.spread(paid, day), Lateness.recent(paid, day), 0, Optional.empty(), 0);
        }

        /** The invoice before any payment: the history keeps no dates of partial payments. */
        private static Invoice unpaid(Invoice i) {
            return new Invoice(i.id(), i.number(), i.customerId(), i.invoiceDate(), i.dueDate(), i.total(), i.total(),
                    i.poNumber(), org.arbot.core.ar.InvoiceState.POSTED, Optional.empty());
        }
    }
}
