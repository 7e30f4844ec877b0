package org.arbot.core.close;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.ar.Terms;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CloseCheckTest {

    private static final GlAccount AR = new GlAccount("1200", "Accounts receivable");
    private static final CustomerId ACME = CustomerId.of("CUST-1001");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static final Customer CUSTOMER = new Customer(ACME, "Acme", Optional.empty(), Money.of("1.00", "USD"),
            Terms.net(30), CollectorId.of("a"), false, List.of());

    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final InMemoryGeneralLedger gl = new InMemoryGeneralLedger(AR, usd("0.00"));

    @Test
    void books_that_agree_are_reconciled() {
        invoice("INV-1", "2026-10-05", "1000.00", true);
        invoice("INV-2", "2026-10-20", "2500.00", true);

        CloseCheck check = check();

        assertThat(check.variance()).isEqualTo(usd("0.00"));
        assertThat(check.status()).isEqualTo(CloseCheck.Status.RECONCILED);
    }

    @Test
    void a_manual_journal_entry_to_the_ar_account_is_found_with_the_entry_behind_it() {
        invoice("INV-1", "2026-10-05", "1000.00", true);
        gl.post(line("30565", "GJ", "2.GL", "2026-10-31", "2500.00", "", "Reclass customer deposit", "jsmith"));

        CloseCheck check = check();

        assertThat(check.variance()).isEqualTo(usd("2500.00"));
        assertThat(check.causes()).singleElement().satisfies(cause -> {
            assertThat(cause.kind()).isEqualTo(VarianceCause.Kind.MANUAL_JOURNAL_ENTRY);
            assertThat(cause.amount()).isEqualTo(usd("2500.00"));
            assertThat(cause.records()).singleElement().asString().contains("30565", "GJ", "jsmith", "Reclass");
        });
        assertThat(check.status()).isEqualTo(CloseCheck.Status.EXPLAINED);
    }

    @Test
    void an_invoice_dated_in_the_period_and_posted_after_it_is_a_timing_difference() {
        invoice("INV-1", "2026-10-05", "1000.00", true);
        invoices.add(new Invoice(InvoiceId.of("INV-9"), "INV-9", ACME, LocalDate.parse("2026-10-31"),
                LocalDate.parse("2026-11-30"), usd("800.00"), usd("800.00"), Optional.empty(), InvoiceState.POSTED,
                Optional.empty()));
        gl.post(line("40001", "AR", "4.AR", "2026-11-01", "800.00", "INV-9", "Invoice INV-9", "system"));

        CloseCheck check = check();

        assertThat(check.variance()).isEqualTo(usd("-800.00"));
        assertThat(check.causes()).singleElement().satisfies(cause -> {
            assertThat(cause.kind()).isEqualTo(VarianceCause.Kind.POSTED_IN_ANOTHER_PERIOD);
            assertThat(cause.amount()).isEqualTo(usd("-800.00"));
        });
        assertThat(check.unexplained()).isEqualTo(usd("0.00"));
    }

    @Test
    void unapplied_cash_and_revaluation_are_named_and_the_rest_is_unexplained() {
        invoice("INV-1", "2026-10-05", "1000.00", true);
        payments.add(new Payment(PaymentId.of("50009"), ACME, LocalDate.parse("2026-10-15"), usd("300.00"), "ACH-9", "",
                List.of(), usd("300.00")));
        gl.post(line("40002", "AR", "4.AR", "2026-10-15", "-300.00", "50009", "Payment 50009", "system"));
        gl.post(line("40003", "REVAL", "2.GL", "2026-10-31", "42.10", "", "EUR receivables revaluation", "system"));
        gl.post(line("40004", "AR", "4.AR", "2026-10-20", "10.00", "", "Unmatched posting", "system"));

        CloseCheck check = check();

        assertThat(check.causes()).extracting(VarianceCause::kind).containsExactly(
                VarianceCause.Kind.CURRENCY_REVALUATION, VarianceCause.Kind.UNAPPLIED_CASH);
        assertThat(check.variance()).isEqualTo(usd("-247.90"));
        assertThat(check.unexplained()).isEqualTo(usd("10.00"));
        assertThat(check.status()).isEqualTo(CloseCheck.Status.UNEXPLAINED);
    }

    private CloseCheck check() {
        ReceivablesBook book = ReceivablesBook.of(LocalDate.parse("2026-11-26"), Money.currencyOf("USD"),
                List.of(CUSTOMER), invoices, payments, List.of());
        return new CheckingClose(gl).check(OCTOBER, book, payments);
    }

    /** Posts an invoice to the subledger and, when {@code posted}, its debit to the AR account on its date. */
    private void invoice(String number, String date, String amount, boolean posted) {
        LocalDate day = LocalDate.parse(date);
        invoices.add(new Invoice(InvoiceId.of(number), number, ACME, day, day.plusDays(30), usd(amount), usd(amount),
                Optional.empty(), InvoiceState.POSTED, Optional.empty()));
        if (posted) {
            gl.post(line("E-" + number, "AR", "4.AR", date, amount, number, "Invoice " + number, "system"));
        }
    }

    private static JournalLine line(String entry, String journal, String module, String date, String amount,
            String document, String description, String user) {
        return new JournalLine(entry, journal, module, LocalDate.parse(date), usd(amount), document, description,
                Money.currencyOf("USD"), user);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
