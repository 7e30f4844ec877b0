package org.arbot.core.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;
import org.arbot.cards.catalog.CreditHoldCard;
import org.arbot.cards.catalog.DeductionCard;
import org.arbot.cards.catalog.PaymentMatchCard;
import org.arbot.cards.catalog.UnmatchedPaymentCard;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;

/** Builds a proposal's product card from the proposal and what the ledger says now about its documents. */
final class ProposalViews {

    private final Ledger ledger;
    private final LocalFormat format;
    private final java.time.Clock clock;

    ProposalViews(Ledger ledger, LocalFormat format, java.time.Clock clock) {
        this.ledger = ledger;
        this.format = format;
        this.clock = clock;
    }

    Card card(Proposal p) {
        ProposalAction action = p.action();
        if (action instanceof ProposalAction.ReleaseOrder release) {
            Optional<SalesOrder> order = ledger.salesOrder(release.orderId());
            if (order.isPresent()) {
                return creditHold(p, order.get(), release.reason());
            }
        }
        if (action instanceof ProposalAction.PostPayment payment) {
            return payment(p, payment.posting());
        }
        if (action instanceof ProposalAction.PostAdjustment adjustment) {
            return deduction(p, adjustment.posting());
        }
        return generic(p);
    }

    private Card creditHold(Proposal p, SalesOrder order, String recommendation) {
        List<Invoice> open = ledger.openInvoices(order.customerId());
        Money exposure = open.stream().map(Invoice::balance).reduce(Money.zero(order.amount().currency()), Money::plus);
        long pastDue = open.stream().mapToLong(i -> i.daysPastDue(LocalDate.now(clock))).max().orElse(0);
        Customer customer = customer(order.customerId());
        return CreditHoldCard.of(new CreditHoldCard.CreditHold(p.id().value(), order.id().value(), customer.name(),
                order.orderDate(), order.amount().amount(), exposure.amount(), customer.creditLimit().amount(),
                order.amount().currency().getCurrencyCode(), (int) Math.max(0, pastDue), recommendation, p.reasons()),
                format);
    }

    private Card payment(Proposal p, PaymentPosting posting) {
        String currency = posting.amount().currency().getCurrencyCode();
        String paymentId = posting.bankLine().map(Object::toString).orElse(p.id().value());
        String customer = customer(posting.customerId()).name();
        if (posting.applications().isEmpty()) {
            List<UnmatchedPaymentCard.Candidate> candidates = ledger.openInvoices().stream().limit(100)
                    .map(i -> new UnmatchedPaymentCard.Candidate(i.id().value(), customerName(i.customerId()),
                            i.dueDate(), i.balance().amount())).toList();
            return UnmatchedPaymentCard.of(new UnmatchedPaymentCard.UnmatchedPayment(p.id().value(), paymentId, customer,
                    posting.receivedDate(), posting.amount().amount(), currency, posting.memo(), candidates), format);
        }
        List<PaymentMatchCard.Application> applications = posting.applications().stream().map(a -> {
            Optional<Invoice> invoice = ledger.openInvoices(posting.customerId()).stream()
                    .filter(i -> i.id().equals(a.invoiceId())).findFirst();
            return new PaymentMatchCard.Application(a.invoiceId().value(),
                    invoice.map(Invoice::dueDate).orElse(posting.receivedDate()),
                    invoice.map(i -> i.balance().amount()).orElse(a.amount().amount()), a.amount().amount());
        }).toList();
        return PaymentMatchCard.of(new PaymentMatchCard.PaymentMatch(p.id().value(), paymentId, customer,
                posting.receivedDate(), posting.amount().amount(), currency,
                p.confidence().multiply(BigDecimal.valueOf(100)), applications, p.reasons()), format);
    }

    private Card deduction(Proposal p, AdjustmentPosting posting) {
        return DeductionCard.of(new DeductionCard.Deduction(p.id().value(), customer(posting.customerId()).name(),
                posting.invoiceId().map(Object::toString).orElse("no invoice"), posting.amount().amount(),
                posting.amount().currency().getCurrencyCode(), posting.kind().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '), p.risk().compareTo(new BigDecimal("0.50")) < 0, posting.reason(), p.reasons(),
                posting.reason()), format);
    }

    private Card generic(Proposal p) {
        String title = p.workflow().label() + ": " + p.action().operation() + " " + format.money(p.amount().amount(),
                p.amount().currency().getCurrencyCode());
        return Card.of(title, List.of(Header.of(title, "Proposed by " + p.proposedBy(), Tone.NEUTRAL),
                Facts.of(Fact.of("Amount", format.money(p.amount().amount(), p.amount().currency().getCurrencyCode()))),
                Text.of("\u2022 " + String.join("\n\u2022 ", p.reasons()))), ProposalCards.decisionActions(p.id().value()));
    }

    private Customer customer(CustomerId id) {
        return ledger.customer(id).orElseThrow(() -> new org.arbot.core.ledger.NotFoundException("customer " + id));
    }

    private String customerName(CustomerId id) {
        return ledger.customer(id).map(Customer::name).orElse(id.value());
    }
}
