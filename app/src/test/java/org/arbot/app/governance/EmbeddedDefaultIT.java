package org.arbot.app.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.People;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Role;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app on its embedded default: an H2 file migrated by Flyway at start, the demo users, the outbox worker running. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EmbeddedDefaultIT {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void embeddedDatabaseInATemporaryFolder(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("arbot") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** A ledger that counts writes, in place of the sandbox. */
    @TestConfiguration
    static class CountingLedger {
        @Bean
        @Primary
        InMemoryLedger countingLedger() {
            return GovernanceFixtures.ledger();
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    People people;
    @Autowired
    org.arbot.core.governance.Proposing proposing;
    @Autowired
    Proposals proposals;
    @Autowired
    Ledger ledger;

    @Test
    void flyway_migrates_the_embedded_h2_database_at_start() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gov_audit_head", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\"", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void the_demo_users_are_found_by_their_slack_teams_and_console_ids() {
        assertThat(people.byIdentity(ChatIdentity.slack("U0DEMOCOL1"))).hasValueSatisfying(carla -> {
            assertThat(carla.roles()).containsExactly(Role.COLLECTOR);
            assertThat(carla.limit(Workflow.DEDUCTIONS)).contains(GovernanceFixtures.usd("500.00"));
            assertThat(carla.intacctUser()).contains("CCOLLECTOR");
            assertThat(carla.manager()).contains(PersonId.of("maria"));
        });
        assertThat(people.byIdentity(ChatIdentity.teams("7f3e2a10-0c1d-4b6e-9a51-0000000000c2")))
                .hasValueSatisfying(chris -> assertThat(chris.roles()).containsExactly(Role.CREDIT_MANAGER));
        assertThat(people.byIdentity(ChatIdentity.console("ada")))
                .hasValueSatisfying(ada -> assertThat(ada.has(Role.ADMIN)).isTrue());
        assertThat(people.all()).extracting(p -> p.id().value())
                .contains("carla", "chris", "maria", "tara", "victor", "ada");
    }

    @Test
    void cash_application_in_auto_mode_executes_through_the_outbox_on_h2() {
        ProposeCommand payment = new ProposeCommand(Workflow.CASH_APPLICATION, new ProposalAction.PostPayment(
                new org.arbot.core.ledger.PaymentPosting("set-by-governance", org.arbot.core.ar.CustomerId.of("CUST-1001"),
                        java.time.LocalDate.parse("2026-11-26"), GovernanceFixtures.usd("250.00"), List.of(), Optional.empty(),
                        "lockbox 4411")), GovernanceFixtures.usd("250.00"), new BigDecimal("0.99"), new BigDecimal("0.01"),
                List.of("exact amount and customer match on the bank line"), Map.of("bank-line", "BL-1"), "cash-agent",
                Optional.empty());

        ProposalOutcome outcome = proposing.propose(payment);

        assertThat(outcome).isInstanceOf(ProposalOutcome.AutoApproved.class);
        ProposalOutcome.AutoApproved auto = (ProposalOutcome.AutoApproved) outcome;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                proposals.byId(auto.proposal().id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED));
        assertThat(ledger.findPayment(auto.proposal().idempotencyKey())).isPresent();
    }

    @Test
    void the_embedded_audit_table_refuses_updates_and_deletes() {
        jdbc.update("INSERT INTO gov_audit VALUES (999999, CURRENT_TIMESTAMP, 'HUMAN_ACTION', 'x', 'CLI', '', '', '', '')");

        assertThatThrownBy(() -> jdbc.update("UPDATE gov_audit SET actor = 'mallory' WHERE sequence = 999999"))
                .hasStackTraceContaining("gov_audit is append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM gov_audit WHERE sequence = 999999"))
                .hasStackTraceContaining("gov_audit is append-only");
    }
}
