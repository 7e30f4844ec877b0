package org.arbot.core.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.InMemoryPromisesToPay;
import org.arbot.core.collections.InMemorySnoozes;
import org.arbot.core.collections.OpenDisputes;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.credit.LedgerFixture;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.AuditEntry;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.InMemoryGovernanceStore;
import org.arbot.core.governance.InMemoryPeople;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.PersonId;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.Test;

/** Carla collects ACME and GLOBEX, both overdue; a snooze takes one off her list and Maria's for a week. */
class SnoozingTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private static final CustomerId ACME = CustomerId.of("ACME");

    private final MutableClock clock = MutableClock.at("2026-11-27T09:00:00Z");
    private final InMemoryLedger ledger = new InMemoryLedger()
            .add(LedgerFixture.customer("ACME", "50000.00", "CCOLLECTOR"))
            .add(LedgerFixture.customer("GLOBEX", "50000.00", "CCOLLECTOR"))
            .add(LedgerFixture.open("ACME", "8000.00", TODAY, 40))
            .add(LedgerFixture.open("GLOBEX", "3000.00", TODAY, 20));
    private final InMemoryPeople people = GovernanceFixtures.people();
    private final InMemoryGovernanceStore store = new InMemoryGovernanceStore(GovernanceFixtures.policies(AutomationMode.ASSIST));
    private final Snoozes snoozes = new InMemorySnoozes();
    private final Snoozing snoozing = new Snoozing(snoozes, people, ledger, store, store, clock);
    private final DailyPriorityLists lists = new DailyPriorityLists(people, new RankingCollections(ledger,
            new InMemoryPromisesToPay(), OpenDisputes.none(), clock), ledger, snoozes,
            LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);

    @Test
    void a_snoozed_account_leaves_every_list_for_a_week_and_comes_back_when_it_ends() {
        assertThat(customersOnList("carla")).containsExactlyInAnyOrder("Customer ACME", "Customer GLOBEX");

        assertThat(snoozing.account(ACME, GovernanceFixtures.CARLA_SLACK))
                .isEqualTo(new Snoozing.Outcome.Snoozed("Customer ACME", LocalDate.parse("2026-12-04")));

        assertThat(customersOnList("carla")).containsExactly("Customer GLOBEX");
        assertThat(customersOnList("maria")).containsExactly("Customer GLOBEX");
        clock.advance(Duration.ofDays(6));
        assertThat(customersOnList("carla")).containsExactly("Customer GLOBEX");
        clock.advance(Duration.ofDays(1));
        assertThat(customersOnList("carla")).containsExactlyInAnyOrder("Customer ACME", "Customer GLOBEX");
    }

    @Test
    void the_home_tab_leaves_a_snoozed_account_out_of_todays_priorities() {
        HomeOverview home = new HomeOverview(people, store, new RankingCollections(ledger, new InMemoryPromisesToPay(),
                OpenDisputes.none(), clock), store, snoozes, LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);

        assertThat(itemsOf(home.of(GovernanceFixtures.CARLA_SLACK))).contains("Customer ACME", "Customer GLOBEX");

        snoozing.account(ACME, GovernanceFixtures.CARLA_SLACK);

        assertThat(itemsOf(home.of(GovernanceFixtures.CARLA_SLACK))).contains("Customer GLOBEX").doesNotContain("Customer ACME");
    }

    private static List<String> itemsOf(org.arbot.cards.Card card) {
        return card.body().stream().filter(e -> e instanceof Items).map(e -> (Items) e)
                .flatMap(items -> items.items().stream()).map(Item::title).toList();
    }

    @Test
    void the_snooze_is_audited_as_the_person_who_clicked() {
        snoozing.account(ACME, GovernanceFixtures.CARLA_SLACK);

        List<AuditEntry> entries = store.after(0, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("HUMAN_ACTION");
            assertThat(e.actor()).isEqualTo("carla");
            assertThat(e.channel()).isEqualTo("SLACK");
            assertThat(e.details()).isEqualTo("decision=snooze\nsubject=customer:ACME\nuntil=2026-12-04\n");
        });
    }

    @Test
    void a_viewer_or_a_stranger_is_refused_and_nothing_is_snoozed() {
        assertThat(snoozing.account(ACME, GovernanceFixtures.VICTOR_SLACK)).isEqualTo(new Snoozing.Outcome.Refused(
                "Snoozing Customer ACME needs the role COLLECTOR or AR_MANAGER; Customer ACME was not snoozed."));
        assertThat(snoozing.account(ACME, ChatIdentity.slack("U0STRANGER")))
                .isInstanceOf(Snoozing.Outcome.Refused.class);
        assertThat(snoozing.forecastAlerts(GovernanceFixtures.CARLA_SLACK)).isInstanceOf(Snoozing.Outcome.Refused.class);

        assertThat(snoozes.isSnoozed(Snoozes.account(ACME), TODAY)).isFalse();
        assertThat(snoozes.isSnoozed(Snoozes.FORECAST_ALERTS, TODAY)).isFalse();
        assertThat(store.after(0, 10)).extracting(AuditEntry::kind).containsExactly("REFUSAL", "REFUSAL");
    }

    @Test
    void a_manager_snoozes_the_forecast_alerts_for_a_week() {
        assertThat(snoozing.forecastAlerts(GovernanceFixtures.MARIA_SLACK))
                .isEqualTo(new Snoozing.Outcome.Snoozed("the forecast alerts", LocalDate.parse("2026-12-04")));
        assertThat(snoozes.isSnoozed(Snoozes.FORECAST_ALERTS, TODAY.plusDays(6))).isTrue();
        assertThat(snoozes.isSnoozed(Snoozes.FORECAST_ALERTS, TODAY.plusDays(7))).isFalse();
    }

    private List<String> customersOnList(String person) {
        return lists.today().stream().filter(w -> w.audience().equals(Assignee.person(PersonId.of(person))))
                .flatMap(w -> w.card().body().stream()).filter(e -> e instanceof Items).map(e -> (Items) e)
                .flatMap(items -> items.items().stream()).map(Item::title).toList();
    }
}
