package org.arbot.core.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.credit.LedgerFixture;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.NotFoundException;
import org.junit.jupiter.api.Test;

class RankingCollectionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final InMemoryLedger ledger = new InMemoryLedger()
            .add(LedgerFixture.customer("STEADY", "50000.00", "alice"))
            .add(LedgerFixture.customer("SLIPPING", "50000.00", "alice"))
            .add(LedgerFixture.customer("BOBS", "50000.00", "bob"));

    @Test
    void the_collector_list_ranks_a_customer_slipping_from_their_habit_above_a_larger_steady_one() {
        ledger.add(LedgerFixture.open("STEADY", "9000.00", TODAY, 12)).add(LedgerFixture.open("SLIPPING", "6000.00", TODAY, 40));
        for (int month = 4; month <= 10; month++) {
            ledger.add(LedgerFixture.paid("STEADY", "1000.00", TODAY.minusMonths(month), 42));
            ledger.add(LedgerFixture.paid("SLIPPING", "1000.00", TODAY.minusMonths(month), 32));
        }
        ledger.add(LedgerFixture.paid("SLIPPING", "1000.00", TODAY.minusMonths(1), 70));
        ledger.add(LedgerFixture.open("BOBS", "99000.00", TODAY, 5));

        PriorityList list = new RankingCollections(ledger, new InMemoryPromisesToPay(), c -> 0, clock)
                .forCollector(CollectorId.of("alice"));

        assertThat(list.collector()).contains(CollectorId.of("alice"));
        assertThat(list.lines()).extracting(l -> l.customerId().value()).containsExactly("SLIPPING", "STEADY");
        assertThat(list.lines().get(0).risk().topFactors(3)).anySatisfy(f -> assertThat(f.name()).isEqualTo("slipping"));
    }

    @Test
    void open_disputes_come_from_their_port() {
        ledger.add(LedgerFixture.open("STEADY", "1000.00", TODAY, 12));
        RankingCollections ranking = new RankingCollections(ledger, new InMemoryPromisesToPay(),
                c -> c.value().equals("STEADY") ? 2 : 0, clock);

        assertThat(ranking.riskOf(CustomerId.of("STEADY")).factors())
                .anySatisfy(f -> assertThat(f.reason()).isEqualTo("2 open disputes"));
    }

    @Test
    void the_team_list_holds_every_collector_s_accounts() {
        ledger.add(LedgerFixture.open("STEADY", "1000.00", TODAY, 12)).add(LedgerFixture.open("BOBS", "1000.00", TODAY, 5));

        PriorityList team = new RankingCollections(ledger, new InMemoryPromisesToPay(), OpenDisputes.none(), clock).forTeam();

        assertThat(team.collector()).isEqualTo(Optional.empty());
        assertThat(team.lines()).extracting(l -> l.collector().value()).containsExactlyInAnyOrder("alice", "bob");
    }

    @Test
    void the_risk_of_an_unknown_customer_is_not_found() {
        assertThatThrownBy(() -> new RankingCollections(ledger, new InMemoryPromisesToPay(), OpenDisputes.none(), clock)
                .riskOf(CustomerId.of("NOPE"))).isInstanceOf(NotFoundException.class);
    }
}
