package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Option;
import org.arbot.cards.Select;
import org.arbot.cards.Text;
import org.arbot.cards.TextInput;
import org.arbot.cards.Tone;

/** A payment no invoice matched: the payer's reference and a choice of open invoices to apply it to. */
public final class UnmatchedPaymentCard {

    /** An open invoice the collector may pick. */
    public record Candidate(String invoiceId, String customerName, LocalDate dueDate, BigDecimal openAmount) {
    }

    /** What the card shows; amounts are in {@code currency}. */
    public record UnmatchedPayment(String proposalId, String paymentId, String payer, LocalDate received,
                                   BigDecimal amount, String currency, String reference, List<Candidate> candidates) {
    }

    private UnmatchedPaymentCard() {
    }

    /** The closest candidates first, one option per invoice id that fits an option value. */
    private static List<Option> options(UnmatchedPayment p, LocalFormat f) {
        var byValue = new java.util.LinkedHashMap<String, Option>();
        for (Candidate c : p.candidates()) {
            if (byValue.size() < Select.MAX_OPTIONS && !c.invoiceId().isEmpty()
                    && c.invoiceId().length() <= Option.MAX_VALUE_CHARS) {
                byValue.putIfAbsent(c.invoiceId(), Option.of(c.invoiceId() + " \u00B7 " + c.customerName() + " \u00B7 "
                        + f.money(c.openAmount(), p.currency()), c.invoiceId()));
            }
        }
        return List.copyOf(byValue.values());
    }

    public static Card of(UnmatchedPayment p, LocalFormat f) {
        String title = "Unmatched payment " + p.paymentId();
        var body = new java.util.ArrayList<Element>(List.of(
                Header.of(title, p.payer() + ", " + f.money(p.amount(), p.currency()), Tone.ATTENTION),
                Facts.of(Fact.of("Payer", p.payer()), Fact.of("Amount", f.money(p.amount(), p.currency())),
                        Fact.of("Received", f.date(p.received())), Fact.of("Reference", p.reference()))));
        List<Option> options = options(p, f);
        if (options.isEmpty()) {
            body.add(Text.of("No open invoice is close to this payment. Send it to suspense or reassign it."));
        } else {
            body.add(Select.many("invoices", "Apply to invoices", options, List.of()));
            if (p.candidates().size() > Select.MAX_OPTIONS) {
                body.add(Note.of("The " + Select.MAX_OPTIONS + " closest of " + p.candidates().size()
                        + " open invoices are listed."));
            }
        }
        body.add(TextInput.of("note", "Note", "Why this match (optional)"));
        return Card.of(title + " from " + p.payer() + " needs a match.", body,
                List.of(Action.of("choose_invoices", "Apply to chosen", ActionStyle.PRIMARY, Proposals.ref(p.proposalId())),
                        Action.of("suspense", "Send to suspense", Proposals.ref(p.proposalId())),
                        Proposals.reassign(p.proposalId())));
    }
}
