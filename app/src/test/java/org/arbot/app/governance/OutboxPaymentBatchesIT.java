package org.arbot.app.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.FaultyLedger;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxCalls.Kind;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approved payment proposals drained by the outbox worker against the Intacct sandbox through the REST connector, on
 * PostgreSQL: posted together in few calls, each exactly once, a refused one failing alone with Intacct's message.
 */
class OutboxPaymentBatchesIT {

    private static final Clock SANDBOX_CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.parse("2026-11-26");
    private static IntacctSandbox sandbox;
    private static IntacctLedger intacct;

    private final MutableClock clock = GovernanceRig.clock();

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(SANDBOX_CLOCK));
        intacct = IntacctLedger.connect(new IntacctSettings(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret(),
                Optional.empty(), Optional.empty(), Duration.ofSeconds(10)), SANDBOX_CLOCK);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void restoreTheSeed() {
        sandbox.reset();
    }

    @Test
    void approved_payments_are_posted_together_once_each_and_the_refused_one_fails_alone_with_intaccts_message() {
        try (FreshPostgres database = FreshPostgres.migrated()) {
            JdbcGovernance app = GovernanceRig.replica(database.dataSource, intacct, clock, AutomationMode.AUTO);
            List<PaymentPosting> postings = new ArrayList<>(postings(25));
            postings.add(3, overpaying(postings.get(3)));
            List<Proposal> approved = propose(app, postings);
            Proposal refused = approved.get(3);
            assertThat(sandbox.calls().count(Kind.WRITE)).as("approving posts nothing yet").isZero();

            sandbox.calls().clear();
            worker(app).runOnce();

            // one lookup of the 26 keys, then composites of ten; the sub-requests a refusal leaves unprocessed go into
            // the next composite, which costs one more when the refused payment is not the last of its ten
            assertThat(sandbox.calls().count(Kind.READ)).isEqualTo(1);
            assertThat(sandbox.calls().count(Kind.WRITE)).isBetween(3L, 4L);
            for (Proposal proposal : approved) {
                Proposal now = app.proposals.byId(proposal.id()).orElseThrow();
                if (proposal.equals(refused)) {
                    assertThat(now.state()).isEqualTo(ProposalState.FAILED);
                    assertThat(now.outcome()).startsWith("invalidRequest: ").contains("exceeds the amount due");
                } else {
                    assertThat(now.state()).isEqualTo(ProposalState.EXECUTED);
                    assertThat(now.outcome()).startsWith("payment ");
                }
            }
            assertThat(paymentsByKey()).hasSize(25).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L))
                    .doesNotContainKey(refused.idempotencyKey());
            assertThat(ledgerCalls(app)).hasSize(26).filteredOn(details -> details.contains("outcome=written")).hasSize(25);
            assertThat(app.jdbc.queryForObject("SELECT details FROM gov_audit WHERE kind = 'LEDGER_CALL' AND proposal_id = ?",
                    String.class, refused.id().value())).contains("outcome=failed", "exceeds the amount due");
            assertThat(app.jdbc.queryForObject("SELECT count(*) FROM gov_outbox", Integer.class)).isZero();

            sandbox.calls().clear();
            worker(app).runOnce();
            assertThat(sandbox.calls().apiCalls()).as("a second pass finds nothing due").isZero();
        }
    }

    @Test
    void a_worker_killed_after_intacct_took_the_batch_leaves_it_to_the_restarted_app_which_posts_nothing_twice() {
        try (FreshPostgres database = FreshPostgres.migrated()) {
            FaultyLedger dying = new FaultyLedger(intacct).throwAfterNextWrite(CrashRecoveryIT.WorkerKilled::new);
            JdbcGovernance beforeCrash = GovernanceRig.replica(database.dataSource, dying, clock, AutomationMode.AUTO);
            List<Proposal> approved = propose(beforeCrash, postings(12));

            assertThatThrownBy(() -> worker(beforeCrash).runOnce()).isInstanceOf(CrashRecoveryIT.WorkerKilled.class);

            assertThat(paymentsByKey()).hasSize(12);
            assertThat(beforeCrash.jdbc.queryForObject("SELECT count(*) FROM gov_outbox", Integer.class)).isEqualTo(12);
            approved.forEach(p -> assertThat(beforeCrash.proposals.byId(p.id()).orElseThrow().state())
                    .isEqualTo(ProposalState.AUTO_APPROVED));

            JdbcGovernance restarted = GovernanceRig.replica(database.dataSource, intacct, clock, AutomationMode.AUTO);
            sandbox.calls().clear();
            worker(restarted).runOnce();

            assertThat(sandbox.calls().count(Kind.WRITE)).isZero();
            assertThat(sandbox.calls().count(Kind.READ)).as("the payments found by key, then their details").isEqualTo(2);
            approved.forEach(p -> assertThat(restarted.proposals.byId(p.id()).orElseThrow().state())
                    .isEqualTo(ProposalState.EXECUTED));
            assertThat(paymentsByKey()).hasSize(12).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
            assertThat(ledgerCalls(restarted)).hasSize(12).allSatisfy(details -> assertThat(details)
                    .contains("outcome=already present"));
        }
    }

    private static OutboxWorker worker(JdbcGovernance app) {
        return new OutboxWorker(app.executing, app.expiring, Duration.ofMillis(50));
    }

    /** Each posting proposed by the cash-application agent, auto-approved (all are within the thresholds). */
    private static List<Proposal> propose(JdbcGovernance app, List<PaymentPosting> postings) {
        return postings.stream().map(posting -> app.proposing.propose(new ProposeCommand(Workflow.CASH_APPLICATION,
                        new ProposalAction.PostPayment(posting), posting.amount(), new BigDecimal("0.99"), new BigDecimal("0.01"),
                        List.of("exact match on " + posting.memo()), Map.of("bank-line", posting.memo()), "cash-agent",
                        Optional.empty())))
                .map(outcome -> {
                    ProposalOutcome.AutoApproved auto = (ProposalOutcome.AutoApproved) outcome;
                    assertThat(auto.execution()).as("left to the outbox's batch").isEmpty();
                    return auto.proposal();
                }).toList();
    }

    /** One payment per open invoice of 10.00 to 900.00, paying a tenth of it (well within the 1,000.00 auto threshold). */
    private static List<PaymentPosting> postings(int count) {
        List<Invoice> open = intacct.openInvoices().stream().filter(i -> i.balance().amount().compareTo(BigDecimal.TEN) >= 0
                && i.balance().amount().compareTo(new BigDecimal("900")) <= 0).limit(count).toList();
        assertThat(open).hasSize(count);
        return open.stream().map(invoice -> {
            Money tenth = Money.of(invoice.balance().amount().movePointLeft(1).setScale(2, RoundingMode.DOWN),
                    invoice.balance().currency());
            return new PaymentPosting("set-by-governance", invoice.customerId(), RECEIVED, tenth,
                    List.of(new PaymentApplication(invoice.id(), tenth)), Optional.empty(), "remittance " + invoice.number());
        }).toList();
    }

    /** The same invoice paid ten times a tenth and then some: more than it owes, which Intacct refuses. */
    private static PaymentPosting overpaying(PaymentPosting posting) {
        Money tooMuch = posting.amount().times(BigDecimal.TEN, RoundingMode.UNNECESSARY).plus(Money.of("1.00", "USD"));
        return new PaymentPosting("set-by-governance", posting.customerId(), RECEIVED, tooMuch,
                List.of(new PaymentApplication(posting.applications().get(0).invoiceId(), tooMuch)), Optional.empty(),
                "too much on " + posting.memo());
    }

    /** How many payments Intacct holds per arbot idempotency key. */
    private static Map<String, Long> paymentsByKey() {
        Ledger ledger = intacct;
        return ledger.payments(RECEIVED).stream().map(Payment::reference).filter(key -> key.startsWith("arbot-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<String> ledgerCalls(JdbcGovernance app) {
        return app.jdbc.queryForList("SELECT details FROM gov_audit WHERE kind = 'LEDGER_CALL'", String.class);
    }
}
