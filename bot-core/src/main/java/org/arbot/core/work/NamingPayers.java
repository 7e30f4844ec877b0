package org.arbot.core.work;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;

/**
 * A person names the customer of a payment in suspense: the bank line becomes a payment proposal for that customer,
 * with no invoice chosen yet, whose card (apply to chosen invoices, suspense, reassign) replaces the suspense card. The
 * line's payment source ({@code payment:<bank line>}) is claimed first, so it is proposed once whoever names it.
 */
public final class NamingPayers {

    static final int MAX_CUSTOMERS = 100;

    private final Ledger ledger;
    private final People people;
    private final Proposing proposing;
    private final WorkSources sources;
    private final ProposalCards cards;

    public NamingPayers(Ledger ledger, People people, Proposing proposing, WorkSources sources, ProposalCards cards) {
        this.ledger = ledger;
        this.people = people;
        this.proposing = proposing;
        this.sources = sources;
        this.cards = cards;
    }

    /** The line, while it is still unapplied. */
    public Optional<BankLine> line(BankLineId id) {
        return ledger.unappliedBankLines().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Customers whose name or id contains {@code query}, by name, at most 100. */
    public List<Customer> customers(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return ledger.customers().stream().filter(c -> wanted.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(wanted)
                || c.id().value().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing(Customer::name)).limit(MAX_CUSTOMERS).toList();
    }

    /** Names the customer as {@code actor}: the card that replaces the suspense card, or why not. */
    public CardUpdate name(BankLineId id, CustomerId customerId, ChatIdentity actor) {
        Optional<Person> person = people.byIdentity(actor);
        if (person.isEmpty() || !person.get().decides(Workflow.CASH_APPLICATION)) {
            return new CardUpdate.Refused("Not allowed: " + person.map(p -> p.name() + " " + p.roles()).orElse(actor + ", not an "
                    + "arbot user,") + " may not decide cash-application work. Nothing changed.");
        }
        Optional<BankLine> line = line(id);
        Optional<Customer> customer = ledger.customer(customerId);
        if (line.isEmpty() || customer.isEmpty()) {
            return new CardUpdate.Refused(line.isEmpty() ? "Payment " + id + " is no longer unapplied; nothing changed."
                    : "There is no customer " + customerId + "; choose one from the list.");
        }
        String source = "payment:" + id;
        if (!sources.claim(source)) {
            return new CardUpdate.Refused("Someone already named the customer of payment " + id + "; nothing more was done.");
        }
        try {
            BankLine paid = line.get();
            PaymentPosting posting = new PaymentPosting("set-by-governance", customerId, paid.receivedDate(), paid.amount(),
                    List.of(), Optional.of(id), paid.reference());
            ProposalOutcome outcome = proposing.propose(new ProposeCommand(Workflow.CASH_APPLICATION,
                    new ProposalAction.PostPayment(posting), paid.amount(), BigDecimal.ZERO, new BigDecimal("0.50"),
                    List.of(person.get().name() + " named " + customer.get().name() + " as the payer '" + paid.payerName()
                            + "' of " + id + "; choose the invoices it pays"),
                    Map.of("bank-line", id.value(), "named-by", person.get().id().value()), person.get().id().value(),
                    Optional.empty()));
            if (!(outcome instanceof ProposalOutcome.AwaitingApproval asked)) {
                sources.release(source);
                return new CardUpdate.Refused("Cash application is in monitor mode, so nothing was proposed for " + id + ".");
            }
            sources.record(source, asked.proposal().id());
            return new CardUpdate.Replaced(cards.card(asked.proposal()));
        } catch (RuntimeException e) {
            sources.release(source);
            throw e;
        }
    }
}
