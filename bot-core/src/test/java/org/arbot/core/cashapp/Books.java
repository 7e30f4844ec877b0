package org.arbot.core.cashapp;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Terms;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.SupportingDocument;
import org.arbot.core.deductions.WordEmbeddings;
import org.arbot.core.money.Money;

/** Test fixtures: a small AR book of customers and open invoices, and bank lines against it. */
final class Books {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<SupportingDocument> documents = new ArrayList<>();
    final InMemoryPayerAliases aliases = new InMemoryPayerAliases();

    Books customer(String id, String name) {
        return customer(id, name, Terms.net(30), null, List.of());
    }

    Books customer(String id, String name, Terms terms, String parent, List<String> aliases) {
        customers.add(new Customer(CustomerId.of(id), name, Optional.ofNullable(parent).map(CustomerId::of),
                Money.zero("USD"), terms, CollectorId.of("ana"), false, aliases));
        return this;
    }

    Books invoice(String number, String customer, String balance) {
        return invoice(number, customer, balance, TODAY.minusDays(20), null);
    }

    Books invoice(String number, String customer, String balance, LocalDate date, String po) {
        Money amount = Money.of(balance, "USD");
        invoices.add(new Invoice(InvoiceId.of(number), number, CustomerId.of(customer), date, date.plusDays(30), amount,
                amount, Optional.ofNullable(po), InvoiceState.POSTED, Optional.empty()));
        return this;
    }

    ApplyingCash engine() {
        return new ApplyingCash(new CustomerDirectory(customers), new OpenInvoices(invoices), aliases,
                id -> documents.stream().filter(d -> d.customerId().equals(id)).toList(),
                new DeductionClassifier(new WordEmbeddings()), CashApplicationSettings.defaults()
                        .withBankFeeTolerance(new BigDecimal("25.00")),
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
    }

    CashApplication pay(String amount, String payer, String reference, String remittance) {
        return engine().apply(line(amount, payer, reference, remittance));
    }

    static BankLine line(String amount, String payer, String reference, String remittance) {
        return new BankLine(BankLineId.of("B1"), TODAY, Money.of(amount, "USD"), payer, reference, remittance, Optional.empty());
    }

    /** Acme with three open invoices, Globex with one, both on net 30. */
    static Books acmeAndGlobex() {
        return new Books()
                .customer("C1", "Acme Industrial Supply, Inc.")
                .customer("C2", "Globex Foods LLC")
                .invoice("INV-0001234", "C1", "1250.00", TODAY.minusDays(40), "PO-77120")
                .invoice("INV-0001240", "C1", "980.10", TODAY.minusDays(30), null)
                .invoice("INV-0001251", "C1", "310.55", TODAY.minusDays(10), null)
                .invoice("INV-0002001", "C2", "1250.00", TODAY.minusDays(15), null);
    }
}
