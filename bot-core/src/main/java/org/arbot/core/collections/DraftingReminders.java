package org.arbot.core.collections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.NotFoundException;

/**
 * Drafts the reminder for an account at the stage its oldest overdue invoice and its promises call for, or at the stage
 * the collector asks for. Sending is a separate, governed step.
 */
public final class DraftingReminders {

    private final Ledger ledger;
    private final PromisesToPay promises;
    private final Clock clock;

    public DraftingReminders(Ledger ledger, PromisesToPay promises, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.promises = Objects.requireNonNull(promises, "promises");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param stage the stage the collector chose; empty lets the account's state decide
     * @throws NotFoundException when the ledger has no such customer
     * @throws IllegalArgumentException when nothing is overdue
     */
    public ReminderDraft draft(CustomerId id, Optional<ReminderStage> stage) {
        Customer customer = ledger.customer(id).orElseThrow(() -> new NotFoundException("customer " + id));
        LocalDate asOf = LocalDate.now(clock);
        AccountHistory history = new AccountHistory(ledger.openInvoices(id), List.of(),
                ledger.payments(Lateness.since(asOf)), promises, OpenDisputes.none());
        AccountFacts facts = history.facts(customer, asOf);
        return ReminderText.draft(customer, facts.overdueInvoices(), stage.orElseGet(() -> ReminderStage.of(facts)), asOf);
    }
}
