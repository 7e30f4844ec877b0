package org.arbot.core.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ar.Terms;
import org.arbot.core.conversation.answers.LedgerAnswers;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.money.Money;

/** A small company: two Acmes (so "acme" is ambiguous), Harbor Foods with a damage short-pay, an order on hold. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private Fixtures() {
    }

    static InMemoryLedger ledger() {
        return new InMemoryLedger()
                .add(customer("C-ACME", "Acme Corp", "50000.00"))
                .add(customer("C-ACMEIND", "Acme Industrial", "20000.00"))
                .add(customer("C-HARBOR", "Harbor Foods", "80000.00"))
                .add(invoice("I-1", "INV-0001001", "C-HARBOR", TODAY.minusDays(75), "9600.00"))
                .add(invoice("I-2", "INV-0001002", "C-HARBOR", TODAY.minusDays(20), "4000.00"))
                .add(invoice("I-3", "INV-0001003", "C-ACME", TODAY.minusDays(100), "12500.00"))
                .add(new BankLine(BankLineId.of("BL-3302"), TODAY.minusDays(2), Money.of("9120.00", "USD"),
                        "HARBOR FOODS", "TRC4100", "INV-0001001 paid 9,120.00 less 480.00 damaged goods", Optional.empty()))
                .add(new SalesOrder(SalesOrderId.of("SO-2231"), CustomerId.of("C-ACME"), TODAY.minusDays(1),
                        Money.of("15000.00", "USD"), ApprovalState.PENDING, "over limit"));
    }

    static ConversationEngine engine(InMemoryLedger ledger, Conversations conversations) {
        IntentParser parser = new IntentParser(ledger::customers, text -> new float[1], CLOCK);
        return new ConversationEngine(conversations, parser, LedgerAnswers.from(ledger, CLOCK),
                org.arbot.core.work.WorkFixtures.governedActions(ledger, CLOCK));
    }

    static Turn said(String id, String text) {
        return Turn.said(id, "slack:C1:100.1", "U02MARIA", Channel.SLACK, text);
    }

    private static Customer customer(String id, String name, String limit) {
        return new Customer(CustomerId.of(id), name, Optional.empty(), Money.of(limit, "USD"), Terms.net(30),
                CollectorId.of("mchen"), false, List.of());
    }

    static Invoice invoice(String id, String number, String customer, LocalDate date, String amount) {
        return new Invoice(InvoiceId.of(id), number, CustomerId.of(customer), date, date.plusDays(30),
                Money.of(amount, "USD"), Money.of(amount, "USD"), Optional.empty(), InvoiceState.POSTED, Optional.empty());
    }
}
