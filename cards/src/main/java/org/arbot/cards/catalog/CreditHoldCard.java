package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arbot.cards.Card;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Tone;

/** A sales order on credit hold: exposure against limit, the agent's recommendation and its reasons. */
public final class CreditHoldCard {

    /** What the card shows; amounts are in {@code currency}. */
    public record CreditHold(String proposalId, String orderId, String customerName, LocalDate orderDate,
                             BigDecimal orderAmount, BigDecimal exposure, BigDecimal creditLimit, String currency,
                             int daysPastDue, String recommendation, List<String> reasons) {
    }

    private CreditHoldCard() {
    }

    public static Card of(CreditHold h, LocalFormat f) {
        String title = "Credit hold: " + h.orderId() + " for " + h.customerName();
        BigDecimal after = h.exposure().add(h.orderAmount());
        return Card.of(title + ". Recommendation: " + h.recommendation() + ".",
                List.of(Header.of(title, "Recommendation: " + h.recommendation(), Tone.WARNING),
                        Facts.of(Fact.of("Order amount", f.money(h.orderAmount(), h.currency())),
                                Fact.of("Order date", f.date(h.orderDate())),
                                Fact.of("Exposure", f.money(h.exposure(), h.currency())),
                                Fact.of("Credit limit", f.money(h.creditLimit(), h.currency())),
                                Fact.of("Exposure with order", f.money(after, h.currency())),
                                Fact.of("Days past due", f.number(h.daysPastDue()))),
                        Proposals.reasons(h.reasons()),
                        Note.of("Releasing removes the hold on " + h.orderId() + " in Intacct.")),
                List.of(Proposals.approve(h.proposalId(), "Release order",
                                "Release " + h.orderId() + " (" + f.money(h.orderAmount(), h.currency()) + ") from credit hold."),
                        Proposals.decline(h.proposalId(), "Keep on hold"),
                        Proposals.reassign(h.proposalId()),
                        Proposals.why(h.proposalId())));
    }
}
