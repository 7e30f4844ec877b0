package org.arbot.app.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.collections.InMemoryPromisesToPay;
import org.arbot.core.collections.OpenDisputes;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.governance.LedgerExecutor;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;
import org.arbot.core.money.Money;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxCalls;
import org.arbot.intacct.sandbox.SandboxCalls.Kind;

/**
 * Counts the Intacct API calls (HTTP requests received by the sandbox, token grants left out) that four units of work
 * cost: one credit check, the daily priority list over the company, a cash-application batch (read customers and
 * open invoices, then post every payment with its invoice application through the ledger), and the same batch the way
 * the app posts it: every payment an approved proposal, drained by the governance outbox. Counts are deterministic for
 * a seed and date.
 */
final class IntacctCallCount {

    /** The calls of one run: per unit of work, the batches split into reads and writes. */
    record Figures(long creditCheck, long priorityList, int customers, int payments, Batch ledger, Batch outbox) {
    }

    /** The calls of posting a batch of payments, and how many of them were not posted. */
    record Batch(long reads, long writes, int refused) {

        long calls() {
            return reads + writes;
        }

        BigDecimal callsPerPayment(int payments) {
            return BigDecimal.valueOf(calls()).divide(BigDecimal.valueOf(payments), 3, RoundingMode.HALF_UP);
        }
    }

    /** How the ledger talks to Intacct during a run. */
    enum Style {
        /** One request per query in pages of 100, and each payment posted on its own the way the outbox executes a proposal. */
        UNBATCHED,
        /** Pages of 4,000, independent queries in one composite request, payments looked up by {@code $in} and posted ten to a composite. */
        BATCHED
    }

    private final IntacctSandbox sandbox;
    private final Clock clock;

    IntacctCallCount(IntacctSandbox sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
    }

    /** Runs the four units of work on the seed company (reset before each batch) and answers their calls. */
    Figures measure(Style style, int payments) {
        sandbox.reset();
        IntacctSettings settings = IntacctConnection.toSandbox(sandbox, Duration.ofSeconds(30)).settings();
        IntacctLedger ledger = style == Style.BATCHED
                ? IntacctLedger.connect(settings, clock) : IntacctLedger.connectUnbatched(settings, clock);
        SalesOrderId order = ledger.ordersAwaitingApproval().get(0).id();
        List<PaymentPosting> postings = postings(ledger.openInvoices(), payments);
        SandboxCalls calls = sandbox.calls();

        calls.clear();
        new CheckingCredit(ledger, clock, CreditPolicy.defaults()).check(order);
        long creditCheck = calls.apiCalls();

        calls.clear();
        new RankingCollections(ledger, new InMemoryPromisesToPay(), OpenDisputes.none(), clock).forTeam();
        long priorityList = calls.apiCalls();

        calls.clear();
        int customers = ledger.customers().size();
        ledger.openInvoices();
        long refused = style == Style.BATCHED
                ? ledger.postPayments(postings).stream().filter(PostResult.Refused.class::isInstance).count()
                : oneByOne(ledger, postings);
        Batch direct = new Batch(calls.count(Kind.READ), calls.count(Kind.WRITE), (int) refused);

        sandbox.reset();
        calls.clear();
        ledger.customers();
        List<PaymentPosting> approved = postings(ledger.openInvoices(), payments);
        int notPosted = new ApprovedPaymentsDrain(ledger, clock).run(approved);
        Batch outbox = new Batch(calls.count(Kind.READ), calls.count(Kind.WRITE), notPosted);
        return new Figures(creditCheck, priorityList, customers, payments, direct, outbox);
    }

    /** Each payment as its own proposal, as the outbox executes one: look for the key, then post. */
    private static int oneByOne(IntacctLedger ledger, List<PaymentPosting> postings) {
        LedgerExecutor executor = new LedgerExecutor(ledger);
        int refused = 0;
        for (PaymentPosting posting : postings) {
            try {
                executor.execute(new ProposalAction.PostPayment(posting));
            } catch (LedgerException e) {
                refused++;
            }
        }
        return refused;
    }

    /**
     * {@code count} payments spread over the open invoices of at least 10.00, each paying an equal part of what its
     * invoice owes (so no invoice is overpaid), received the day before the as-of date, keyed {@code bench-<n>}.
     */
    private List<PaymentPosting> postings(List<Invoice> open, int count) {
        List<Invoice> invoices = open.stream().filter(i -> i.balance().amount().compareTo(BigDecimal.TEN) >= 0).toList();
        Map<Invoice, Integer> shares = new HashMap<>();
        for (int n = 0; n < count; n++) {
            shares.merge(invoices.get(n % invoices.size()), 1, Integer::sum);
        }
        LocalDate received = LocalDate.now(clock).minusDays(1);
        List<PaymentPosting> postings = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Invoice invoice = invoices.get(n % invoices.size());
            Money part = Money.of(invoice.balance().amount().divide(BigDecimal.valueOf(shares.get(invoice)), 2, RoundingMode.DOWN),
                    invoice.balance().currency());
            postings.add(new PaymentPosting("bench-" + n, invoice.customerId(), received, part,
                    List.of(new PaymentApplication(invoice.id(), part)), Optional.empty(), "remittance " + invoice.number()));
        }
        return postings;
    }
}
