package org.arbot.core.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.SuspenseCard;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.BankLine;
import org.arbot.core.cashapp.ApplyingCash;
import org.arbot.core.cashapp.CashApplication;
import org.arbot.core.cashapp.CashApplicationSettings;
import org.arbot.core.cashapp.CustomerDirectory;
import org.arbot.core.cashapp.InMemoryPayerAliases;
import org.arbot.core.cashapp.OpenInvoices;
import org.arbot.core.deductions.Deduction;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.SentenceEmbeddings;
import org.arbot.core.deductions.Validity;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;

/**
 * Cash application as work: each unapplied bank line whose customer is known becomes a payment posting to propose
 * (CASH_APPLICATION, keyed {@code payment:<bank line>}), and each deduction found in it a write-off to propose
 * (DEDUCTIONS, keyed {@code deduction:<bank line>:<invoice>}). A line whose payer matches no customer becomes a
 * suspense notice for the cash-application queue (keyed {@code suspense:<bank line>}), to name the customer.
 */
public final class CashApplicationWork implements WorkFinder {

    private final Ledger ledger;
    private final SentenceEmbeddings embeddings;
    private final Clock clock;
    private final LocalFormat format;

    public CashApplicationWork(Ledger ledger, SentenceEmbeddings embeddings, Clock clock) {
        this(ledger, embeddings, clock, LocalFormat.of(java.util.Locale.US, java.time.ZoneOffset.UTC));
    }

    public CashApplicationWork(Ledger ledger, SentenceEmbeddings embeddings, Clock clock, LocalFormat format) {
        this.ledger = ledger;
        this.embeddings = embeddings;
        this.clock = clock;
        this.format = format;
    }

    @Override
    public List<Candidate> candidates() {
        return find().candidates();
    }

    @Override
    public Found find() {
        List<BankLine> lines = ledger.unappliedBankLines();
        if (lines.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        ApplyingCash applying = new ApplyingCash(new CustomerDirectory(ledger.customers()),
                new OpenInvoices(ledger.openInvoices()), new InMemoryPayerAliases(), customer -> List.of(),
                new DeductionClassifier(embeddings), CashApplicationSettings.defaults(), clock);
        List<Candidate> found = new ArrayList<>();
        List<Notice> suspense = new ArrayList<>();
        for (BankLine line : lines) {
            CashApplication decided = applying.apply(line);
            if (decided.customerId().isEmpty()) {
                suspense.add(new Notice("suspense:" + line.id(), Assignee.queueOf(Workflow.CASH_APPLICATION),
                        SuspenseCard.of(new SuspenseCard.Unidentified(line.id().value(), line.payerName(),
                                line.receivedDate(), line.amount().amount(), line.amount().currency().getCurrencyCode(),
                                line.reference()), format)));
                continue;
            }
            Assignee owner = Assignee.queueOf(Workflow.CASH_APPLICATION);
            BigDecimal confidence = BigDecimal.valueOf(decided.confidence()).setScale(2, java.math.RoundingMode.HALF_EVEN);
            PaymentPosting posting = new PaymentPosting("set-by-governance", decided.customerId().get(),
                    line.receivedDate(), line.amount(), decided.applications(), Optional.of(line.id()), line.reference());
            found.add(new Candidate("payment:" + line.id(), new ProposeCommand(Workflow.CASH_APPLICATION,
                    new ProposalAction.PostPayment(posting), line.amount(), confidence,
                    BigDecimal.ONE.subtract(confidence), reasons(decided), Map.of("bank-line", line.id().value(),
                            "decision", decided.decision().name()), "cash-application-agent", Optional.empty()), owner));
            for (Deduction deduction : decided.deductions()) {
                AdjustmentPosting writeOff = new AdjustmentPosting("set-by-governance", decided.customerId().get(),
                        Optional.of(deduction.invoiceId()), LocalDate.now(clock), deduction.amount(), AdjustmentKind.WRITE_OFF,
                        deduction.reason().name().toLowerCase(java.util.Locale.ROOT) + " deduction: " + deduction.evidence());
                BigDecimal risk = deduction.validity() == Validity.VALID ? new BigDecimal("0.10") : new BigDecimal("0.80");
                found.add(new Candidate("deduction:" + line.id() + ":" + deduction.invoiceId(), new ProposeCommand(
                        Workflow.DEDUCTIONS, new ProposalAction.PostAdjustment(writeOff), deduction.amount(), confidence, risk,
                        List.of(deduction.reason() + " deduction of " + deduction.amount() + " on " + deduction.invoiceId()
                                + " (" + deduction.validity().name().toLowerCase(java.util.Locale.ROOT) + "): "
                                + deduction.evidence()), Map.of("bank-line", line.id().value()), "deductions-agent",
                        Optional.empty()), Assignee.queueOf(Workflow.DEDUCTIONS)));
            }
        }
        return new Found(found, suspense);
    }

    private static List<String> reasons(CashApplication decided) {
        return decided.reasons().isEmpty() ? List.of(decided.decision() + " at confidence " + decided.confidence())
                : decided.reasons();
    }
}
