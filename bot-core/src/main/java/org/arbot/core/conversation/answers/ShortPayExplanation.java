package org.arbot.core.conversation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;

/**
 * Why a customer paid less: the payment, the invoices it pays, the shortfall, each deduction with its reason and the
 * remittance words as evidence, and the next step.
 */
final class ShortPayExplanation implements Answerer {

    private static final Map<String, String> NEXT_STEP = Map.of(
            "DAMAGE", "ask for the damage report or photos and the delivery receipt, then approve a damage credit or dispute it",
            "SHORTAGE", "check the proof of delivery against the quantities shipped before crediting the shortage",
            "PRICING", "compare the invoiced price with the agreed price list or contract, then credit or rebill the difference",
            "PROMOTION", "match the deduction to an approved promotion or co-op agreement before clearing it",
            "FREIGHT", "check the freight terms on the order; credit it only if freight was the seller's to pay",
            "EARLY_PAY_DISCOUNT", "check the payment date against the discount terms; dispute it if the window had passed",
            "UNKNOWN", "ask the customer for the reason and their backup before applying the payment");

    private final Ledger ledger;
    private final ShortPays shortPays;

    ShortPayExplanation(Ledger ledger) {
        this.ledger = ledger;
        this.shortPays = new ShortPays(ledger);
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        Optional<Customer> customer = Customers.of(question, ledger);
        List<ShortPay> found = shortPays.find(customer.map(Customer::id));
        Optional<String> payment = question.entity(Entity.PAYMENT);
        if (payment.isPresent()) {
            found = found.stream().filter(s -> s.line().id().value().equalsIgnoreCase(payment.get())
                    || s.line().reference().equalsIgnoreCase(payment.get())).toList();
        }
        String who = customer.map(Customer::name).or(() -> payment).orElse("anyone");
        if (found.isEmpty()) {
            return Reply.text("I found no short-pay from " + who + " among the unapplied payments.");
        }
        ShortPay s = found.get(0);
        String invoices = s.invoices().stream().map(i -> i.number() + " (" + MoneyText.of(i.balance()) + " open)")
                .collect(Collectors.joining(", "));
        List<Fact> figures = new ArrayList<>(List.of(
                Fact.of("Payment", s.line().id().value() + " of " + MoneyText.of(s.line().amount()) + " received "
                        + s.line().receivedDate() + " from " + s.line().payerName()),
                Fact.of("Invoices", invoices),
                Fact.of("Short by", MoneyText.of(s.shortfall()))));
        String reason = "UNKNOWN";
        for (ShortPay.StatedDeduction d : s.deductions()) {
            figures.add(Fact.of("Deduction " + d.reason(), MoneyText.of(d.amount()) + " — \"" + d.words() + "\""));
            reason = d.reason();
        }
        figures.add(Fact.of("Evidence", "remittance: \"" + s.line().remittance() + "\""));
        String next = NEXT_STEP.getOrDefault(reason, NEXT_STEP.get("UNKNOWN"));
        figures.add(Fact.of("Next step", next));
        String sentence = who + " paid " + MoneyText.of(s.line().amount()) + " against " + s.invoices().stream()
                .map(Invoice::number).collect(Collectors.joining(", ")) + " (" + MoneyText.of(s.invoiced()) + " open), "
                + MoneyText.of(s.shortfall()) + " short" + (s.deductions().isEmpty() ? ", with no reason given."
                : ": " + s.deductions().stream().map(d -> MoneyText.of(d.amount()) + " " + d.reason())
                .collect(Collectors.joining(", ")) + ".")
                + (found.size() > 1 ? " " + (found.size() - 1) + " more short-pays are waiting." : "");
        return Replies.answer(question, "Why " + who + " short-paid", sentence, figures,
                "ledger: unapplied bank line " + s.line().id().value() + " and its remittance, open invoices");
    }
}
