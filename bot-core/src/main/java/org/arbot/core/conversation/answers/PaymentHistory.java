package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/**
 * A customer's payments over a period (the last 90 days unless asked), including those its parent or subsidiaries
 * made for it, with the invoices each paid, and a drafted reply to the customer's inquiry for the collector to send.
 */
final class PaymentHistory implements Answerer {

    private final Ledger ledger;
    private final Clock clock;

    PaymentHistory(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        return Customers.of(question, ledger).map(c -> history(question, c))
                .orElseGet(() -> Reply.text("Whose payments? E.g. \"what did Acme pay last month?\"."));
    }

    private Reply history(ParsedIntent question, Customer customer) {
        LocalDate today = LocalDate.now(clock);
        LocalDate[] range = ReportingPeriods.range(question.entity(Entity.PERIOD).orElse("P90D"), today);
        Set<CustomerId> family = ledger.customers().stream()
                .filter(c -> c.id().equals(customer.id()) || c.parentId().filter(customer.id()::equals).isPresent()
                        || customer.parentId().filter(c.id()::equals).isPresent())
                .map(Customer::id).collect(Collectors.toSet());
        List<Payment> payments = ledger.payments(range[0]).stream()
                .filter(p -> family.contains(p.customerId()) && !p.receivedDate().isAfter(range[1]))
                .sorted(Comparator.comparing(Payment::receivedDate)).toList();
        String period = range[0] + " to " + range[1];
        if (payments.isEmpty()) {
            return Reply.text("No payments from " + customer.name() + " were posted from " + period + ".");
        }
        Map<InvoiceId, String> numbers = Stream.concat(ledger.openInvoices().stream(), ledger.paidInvoices(range[0].minusYears(1)).stream())
                .collect(Collectors.toMap(Invoice::id, Invoice::number, (a, b) -> a));
        Function<Payment, String> applied = p -> p.applications().stream()
                .map(a -> numbers.getOrDefault(a.invoiceId(), a.invoiceId().value()) + " " + MoneyText.of(a.amount()))
                .collect(Collectors.joining(", "))
                + (p.unapplied().isPositive() ? (p.applications().isEmpty() ? "" : ", ") + MoneyText.of(p.unapplied()) + " on account" : "");
        List<Fact> figures = new ArrayList<>();
        payments.forEach(p -> figures.add(Fact.of(p.receivedDate() + " " + MoneyText.of(p.amount()), applied.apply(p))));
        Money total = payments.stream().map(Payment::amount).reduce(Money.zero(payments.get(0).amount().currency()), Money::plus);
        String draft = "Hello " + customer.name() + ",\n\nFrom " + period + " we received " + payments.size() + " payment"
                + (payments.size() == 1 ? "" : "s") + " totalling " + MoneyText.of(total) + ":\n"
                + payments.stream().map(p -> "  " + p.receivedDate() + ": " + MoneyText.of(p.amount()) + " applied to "
                        + applied.apply(p)).collect(Collectors.joining("\n"))
                + "\n\nPlease let us know if anything differs from your records.\n\nThank you";
        return Replies.answer(question, "Payments from " + customer.name(),
                customer.name() + " paid " + MoneyText.of(total) + " in " + payments.size() + " payments from " + period
                        + ". Draft reply you can edit and send:\n\n" + draft,
                figures, "ledger: payments posted since " + range[0] + " for " + customer.name() + " and related accounts");
    }
}
