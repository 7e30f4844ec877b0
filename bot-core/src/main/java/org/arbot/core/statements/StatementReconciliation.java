package org.arbot.core.statements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.money.Money;

/**
 * Reconciles each disputed line against the customer's payments, credits and adjustments: {@code RESOLVED} with the
 * records that settled it, {@code PARTIAL} with what is still open, or {@code UNRESOLVED}; every unsettled line gets a
 * next step (apply unapplied cash, propose a write-off of a small remainder, or open a dispute), never executed here.
 *
 * @param smallBalance remainders up to this amount are proposed for write-off rather than disputed
 * @param nearDays how far from the claimed payment date unapplied cash may be received and still match
 */
public record StatementReconciliation(Money smallBalance, int nearDays) {

    public List<ReconciledLine> reconcile(List<DisputedLine> lines, DisputeFacts facts) {
        return lines.stream().map(line -> reconcile(line, facts)).toList();
    }

    public ReconciledLine reconcile(DisputedLine line, DisputeFacts facts) {
        Optional<Invoice> found = facts.invoices().stream().filter(i -> line.names(i.number())).findFirst();
        if (found.isEmpty()) {
            Money zero = smallBalance.minus(smallBalance);
            return new ReconciledLine(line, ReconciledLine.Status.UNRESOLVED, Optional.empty(), List.of(), zero, zero,
                    NextStep.dispute("Open a dispute: ask " + facts.customer().name() + " for a copy of "
                            + line.invoiceNumber() + "."),
                    "No invoice " + line.invoiceNumber() + " on " + facts.customer().name() + "'s account.");
        }
        Invoice invoice = found.get();
        List<Evidence> evidence = settlements(invoice, facts);
        Money settled = evidence.stream().map(Evidence::amount).reduce(Money.zero(invoice.total().currency()), Money::plus);
        Money open = invoice.isOpen() ? invoice.balance() : Money.zero(invoice.total().currency());
        if (open.isZero()) {
            return new ReconciledLine(line, ReconciledLine.Status.RESOLVED, found, evidence, invoice.total(), open,
                    NextStep.none(), resolvedReason(line, invoice, evidence));
        }
        Optional<Evidence> cash = unappliedCash(line, open, facts);
        String received = evidence.isEmpty() ? "Nothing received on " + invoice.number()
                : settled + " received on " + invoice.number() + " (" + describe(evidence) + ")";
        ReconciledLine.Status status = evidence.isEmpty() ? ReconciledLine.Status.UNRESOLVED : ReconciledLine.Status.PARTIAL;
        String reason = received + "; " + open + " of " + invoice.total() + " still open.";
        if (cash.isPresent()) {
            return new ReconciledLine(line, status, found, evidence, settled, open, new NextStep(
                    NextStep.Kind.APPLY_UNAPPLIED_CASH, "Apply the " + cash.get().describe() + " to " + invoice.number() + ".",
                    Optional.empty(), cash), reason);
        }
        if (!evidence.isEmpty() && !open.isGreaterThan(smallBalance)) {
            AdjustmentPosting writeOff = new AdjustmentPosting("statement-" + facts.customer().id() + "-" + invoice.id(),
                    invoice.customerId(), Optional.of(invoice.id()), facts.asOf(), open, AdjustmentKind.WRITE_OFF,
                    "Remainder of " + invoice.number() + " after the customer's payment, disputed on " + facts.asOf());
            return new ReconciledLine(line, status, found, evidence, settled, open, new NextStep(
                    NextStep.Kind.PROPOSE_ADJUSTMENT, "Propose a write-off of " + open + " (at most " + smallBalance
                            + "), to be executed after approval.", Optional.of(writeOff), Optional.empty()), reason);
        }
        String claim = line.claimedPaidOn().map(d -> " paid on " + d).orElse(" paid");
        return new ReconciledLine(line, status, found, evidence, settled, open, NextStep.dispute(
                "Open a dispute on " + invoice.number() + " and ask for proof of the payment the customer says was"
                        + claim + " (remittance advice or bank reference)."), reason);
    }

    private static List<Evidence> settlements(Invoice invoice, DisputeFacts facts) {
        List<Evidence> evidence = new ArrayList<>();
        for (Payment payment : facts.payments()) {
            for (PaymentApplication application : payment.applications()) {
                if (application.invoiceId().equals(invoice.id())) {
                    evidence.add(new Evidence(Evidence.Kind.PAYMENT, payment.id().value(), payment.receivedDate(),
                            application.amount(), payment.reference()));
                }
            }
        }
        facts.adjustments().stream().filter(a -> a.invoiceId().filter(invoice.id()::equals).isPresent())
                .forEach(a -> evidence.add(new Evidence(Evidence.Kind.CREDIT, a.id().value(), a.date(), a.amount(),
                        a.reason())));
        evidence.sort(Comparator.comparing(Evidence::date));
        return evidence;
    }

    /** Cash received but not applied that covers the open amount, closest to the claimed date first. */
    private Optional<Evidence> unappliedCash(DisputedLine line, Money open, DisputeFacts facts) {
        LocalDate around = line.claimedPaidOn().orElse(facts.asOf());
        List<Evidence> candidates = new ArrayList<>();
        facts.payments().stream().filter(p -> p.customerId().equals(facts.customer().id()) && p.unapplied().isPositive())
                .forEach(p -> candidates.add(new Evidence(Evidence.Kind.UNAPPLIED_PAYMENT, p.id().value(), p.receivedDate(),
                        p.unapplied(), p.reference())));
        facts.unappliedBankLines().stream()
                .filter(b -> b.customerId().map(facts.customer().id()::equals).orElse(true))
                .forEach(b -> candidates.add(new Evidence(Evidence.Kind.BANK_LINE, b.id().value(), b.receivedDate(),
                        b.amount(), b.reference())));
        return candidates.stream()
                .filter(c -> c.amount().currency().equals(open.currency()) && !c.amount().isLessThan(open))
                .filter(c -> line.claimedAmount().map(a -> a.equals(c.amount()) || c.amount().equals(open)).orElse(true))
                .filter(c -> Math.abs(ChronoUnit.DAYS.between(around, c.date())) <= nearDays)
                .min(Comparator.comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(around, c.date()))));
    }

    private static String resolvedReason(DisputedLine line, Invoice invoice, List<Evidence> evidence) {
        String settledBy = evidence.isEmpty() ? "settled (paid " + invoice.paidDate().map(Object::toString).orElse("") + ")"
                : "settled by " + describe(evidence);
        String dates = line.claimedPaidOn().flatMap(claimed -> evidence.stream().map(Evidence::date)
                        .filter(d -> Math.abs(ChronoUnit.DAYS.between(claimed, d)) > 3).findFirst()
                        .map(d -> "; the customer said " + claimed + ", the ledger shows " + d))
                .orElse("");
        return invoice.number() + " of " + invoice.total() + " is " + settledBy + dates + ".";
    }

    private static String describe(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(Evidence::describe).toList());
    }
}
