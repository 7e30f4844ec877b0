package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Column;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Table;
import org.arbot.cards.Tone;

/** A proposed application of a received payment to open invoices, with the match confidence and reasons. */
public final class PaymentMatchCard {

    /** One invoice the payment would pay, and how much of it. */
    public record Application(String invoiceId, LocalDate dueDate, BigDecimal openAmount, BigDecimal applied) {
    }

    /** What the card shows; amounts are in {@code currency}, confidence in percentage points. */
    public record PaymentMatch(String proposalId, String paymentId, String customerName, LocalDate received,
                               BigDecimal amount, String currency, BigDecimal confidence,
                               List<Application> applications, List<String> reasons) {
    }

    private PaymentMatchCard() {
    }

    public static Card of(PaymentMatch m, LocalFormat f) {
        String title = "Payment " + m.paymentId() + " from " + m.customerName();
        List<List<String>> rows = m.applications().stream()
                .map(a -> List.of(a.invoiceId(), f.date(a.dueDate()), f.money(a.openAmount(), m.currency()),
                        f.money(a.applied(), m.currency())))
                .toList();
        return Card.of(title + ": proposed match to " + m.applications().size() + " invoice(s).",
                List.of(Header.of(title, "Proposed match, " + f.percent(m.confidence()) + " confidence", Tone.NEUTRAL),
                        Facts.of(Fact.of("Amount", f.money(m.amount(), m.currency())),
                                Fact.of("Received", f.date(m.received())),
                                Fact.of("Invoices", f.number(m.applications().size()))),
                        Table.of("applications", List.of(Column.text("Invoice"), Column.text("Due"),
                                Column.number("Open"), Column.number("Applied")), rows),
                        Proposals.reasons(m.reasons())),
                List.of(Action.of("apply", "Apply", ActionStyle.PRIMARY, Proposals.ref(m.proposalId())),
                        Action.of("choose_invoices", "Choose invoices", Proposals.ref(m.proposalId())),
                        Action.of("suspense", "Send to suspense", Proposals.ref(m.proposalId())),
                        Proposals.reassign(m.proposalId()),
                        Proposals.why(m.proposalId())));
    }
}
