package org.arbot.core.statements;

import static org.arbot.core.statements.StatementReconciliationTest.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.ar.Terms;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CustomerStatementTest {

    private static final CustomerId ACME = CustomerId.of("CUST-1001");
    private static final Customer CUSTOMER = new Customer(ACME, "Acme Corp", Optional.empty(), usd("50000.00"),
            Terms.net(30), CollectorId.of("ann"), false, List.of());

    private final Invoice paidInMarch = invoice("1", "INV-0001001", "2026-02-01", "1000.00", "2026-03-10");
    private final Invoice issuedInMarch = invoice("2", "INV-0001002", "2026-03-05", "500.00", null);
    private final Invoice oldAndOpen = invoice("3", "INV-0000990", "2026-01-01", "300.00", null);
    private final ReceivablesBook book = ReceivablesBook.of(LocalDate.parse("2026-03-31"), Money.currencyOf("USD"),
            List.of(CUSTOMER), List.of(paidInMarch, issuedInMarch, oldAndOpen),
            List.of(new Payment(PaymentId.of("50001"), ACME, LocalDate.parse("2026-03-10"), usd("1000.00"), "ACH-1", "",
                    List.of(new PaymentApplication(paidInMarch.id(), usd("1000.00"))), usd("0.00"))),
            List.of());

    @Test
    void the_statement_runs_from_the_opening_balance_through_the_periods_invoices_and_payments_to_the_closing_balance() {
        CustomerStatement statement = CustomerStatement.of(book, CUSTOMER, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"));

        assertThat(statement.opening()).isEqualTo(usd("1300.00"));
        assertThat(statement.lines()).extracting(StatementLine::kind, StatementLine::amount, StatementLine::balance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatementLine.Kind.INVOICE, usd("500.00"), usd("1800.00")),
                        org.assertj.core.groups.Tuple.tuple(StatementLine.Kind.PAYMENT, usd("-1000.00"), usd("800.00")));
        assertThat(statement.closing()).isEqualTo(usd("800.00"));
        assertThat(statement.openItems()).extracting(OpenItem::number).containsExactlyInAnyOrder("INV-0001002", "INV-0000990");
        assertThat(statement.aging().current()).isEqualTo(usd("500.00"));
        assertThat(statement.aging().days31To60()).isEqualTo(usd("300.00"));
        assertThat(statement.aging().total()).isEqualTo(statement.closing());
    }

    @Test
    void the_statement_card_shows_the_closing_balance_and_the_unresolved_lines() {
        CustomerStatement statement = CustomerStatement.of(book, CUSTOMER, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"));

        Card card = StatementCards.of(statement, List.of(), LocalFormat.of(Locale.US, ZoneOffset.UTC));

        assertThat(card.fallbackText()).contains("Acme Corp", "$800.00");
        assertThat(card.header()).hasValueSatisfying(h -> assertThat(h.title()).contains("Acme Corp"));
    }

    private static Invoice invoice(String key, String number, String date, String total, String paid) {
        LocalDate issued = LocalDate.parse(date);
        boolean isPaid = paid != null;
        return new Invoice(InvoiceId.of(key), number, ACME, issued, issued.plusDays(30), usd(total),
                isPaid ? usd("0.00") : usd(total), Optional.empty(), isPaid ? InvoiceState.PAID : InvoiceState.POSTED,
                Optional.ofNullable(paid).map(LocalDate::parse));
    }
}
