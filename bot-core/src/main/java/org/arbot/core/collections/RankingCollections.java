package org.arbot.core.collections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.NotFoundException;

/**
 * Builds the daily priority lists (one per collector, one for the team) and answers an account's risk score, reading the
 * ledger, the promises to pay and the open disputes as of today.
 */
public final class RankingCollections {

    private final Ledger ledger;
    private final PromisesToPay promises;
    private final OpenDisputes disputes;
    private final Clock clock;
    private final CollectionsAgent agent = new CollectionsAgent();

    public RankingCollections(Ledger ledger, PromisesToPay promises, OpenDisputes disputes, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.promises = Objects.requireNonNull(promises, "promises");
        this.disputes = Objects.requireNonNull(disputes, "disputes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The collector's own overdue accounts, ranked. */
    public PriorityList forCollector(CollectorId collector) {
        return rank(Optional.of(collector));
    }

    /** Every overdue account, ranked: the list AR managers receive. */
    public PriorityList forTeam() {
        return rank(Optional.empty());
    }

    /** @throws NotFoundException when the ledger has no such customer */
    public RiskScore riskOf(CustomerId id) {
        Customer customer = ledger.customer(id).orElseThrow(() -> new NotFoundException("customer " + id));
        LocalDate asOf = LocalDate.now(clock);
        return agent.score(history(asOf).facts(customer, asOf));
    }

    private PriorityList rank(Optional<CollectorId> collector) {
        LocalDate asOf = LocalDate.now(clock);
        AccountHistory history = history(asOf);
        List<AccountFacts> accounts = ledger.customers().stream()
                .filter(c -> collector.map(c.collector()::equals).orElse(true))
                .map(c -> history.facts(c, asOf))
                .toList();
        return agent.rank(accounts, collector, asOf);
    }

    private AccountHistory history(LocalDate asOf) {
        LocalDate since = Lateness.since(asOf);
        return new AccountHistory(ledger.openInvoices(), ledger.paidInvoices(since), ledger.payments(since), promises, disputes);
    }
}
