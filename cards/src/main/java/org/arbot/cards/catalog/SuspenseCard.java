package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;

/** A received payment whose payer matches no customer: it waits in suspense until someone names the customer. */
public final class SuspenseCard {

    /** What the card shows; the amount is in {@code currency}. */
    public record Unidentified(String bankLineId, String payer, LocalDate received, BigDecimal amount, String currency,
                               String reference) {
    }

    private SuspenseCard() {
    }

    public static Card of(Unidentified u, LocalFormat f) {
        String amount = f.money(u.amount(), u.currency());
        String title = "Payment " + u.bankLineId() + " in suspense";
        return Card.of(title + ": " + amount + " from " + u.payer() + ", no customer identified.",
                List.of(Header.of(title, u.payer() + ", " + amount, Tone.ATTENTION),
                        Facts.of(Fact.of("Payer", u.payer()), Fact.of("Amount", amount),
                                Fact.of("Received", f.date(u.received())), Fact.of("Reference", u.reference())),
                        Text.of("No customer matches this payer, so the payment waits in suspense. Name the customer "
                                + "and it becomes a payment to match to their invoices.")),
                List.of(Action.of("name_customer", "Name customer", ActionStyle.PRIMARY,
                        Map.of("bankLine", u.bankLineId()))));
    }
}
