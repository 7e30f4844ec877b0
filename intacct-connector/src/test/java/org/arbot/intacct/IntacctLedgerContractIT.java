package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The ledger contract through the REST client, over HTTP, against the sandbox's demo company; plus the payment
 * postings, which go through the client's own {@link PaymentEntry} because the port's {@code PaymentPosting} cannot
 * be constructed yet (its compact constructor reads its fields before they are assigned).
 */
class IntacctLedgerContractIT extends LedgerContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static IntacctSandbox sandbox;
    private static IntacctLedger ledger;

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK));
        ledger = IntacctLedger.connect(IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret()), CLOCK);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void restoreTheSeed() {
        sandbox.reset();
    }

    @Override
    Ledger ledger() {
        return ledger;
    }

    @Override
    LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Test
    void a_posted_payment_reduces_the_invoice_balance() {
        Invoice invoice = anOpenInvoice();
        Money part = Money.ofMinor(invoice.balance().minorUnits() / 2, invoice.balance().currency());
        Payment payment = ledger.postPayment(payment("pay-half", invoice, part, Optional.empty()));
        Invoice after = reread(invoice);
        assertThat(after.balance()).isEqualTo(invoice.balance().minus(part));
        assertThat(payment.applications()).containsExactly(new PaymentApplication(invoice.id(), part));
        assertThat(ledger().payments(today())).extracting(Payment::reference).contains("pay-half");
    }

    @Test
    void paying_the_whole_balance_makes_the_invoice_paid_history() {
        Invoice invoice = anOpenInvoice();
        ledger.postPayment(payment("pay-all", invoice, invoice.balance(), Optional.empty()));
        assertThat(ledger().openInvoices(invoice.customerId())).extracting(Invoice::id).doesNotContain(invoice.id());
        assertThat(ledger().paidInvoices(today())).anyMatch(i -> i.id().equals(invoice.id()) && i.paidDate().equals(Optional.of(today())));
    }

    @Test
    void posting_twice_with_the_same_key_writes_once() {
        Invoice invoice = anOpenInvoice();
        Money cent = Money.ofMinor(1, invoice.balance().currency());
        Payment first = ledger.postPayment(payment("pay-once", invoice, cent, Optional.empty()));
        Payment second = ledger.postPayment(payment("pay-once", invoice, cent, Optional.empty()));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(reread(invoice).balance()).isEqualTo(invoice.balance().minus(cent));
        assertThat(ledger().findPayment("pay-once")).map(Payment::id).contains(first.id());
        assertThat(ledger().findPayment("pay-never")).isEmpty();
        assertThat(ledger().payments(today()).stream().filter(p -> p.reference().equals("pay-once"))).hasSize(1);
    }

    @Test
    void an_application_above_the_amount_due_is_refused_and_changes_nothing() {
        Invoice invoice = anOpenInvoice();
        Money tooMuch = invoice.balance().plus(Money.ofMinor(1, invoice.balance().currency()));
        assertThatThrownBy(() -> ledger.postPayment(payment("pay-over", invoice, tooMuch, Optional.empty())))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalidRequest");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("exceeds the amount due");
                });
        assertThat(reread(invoice).balance()).isEqualTo(invoice.balance());
        assertThat(ledger().findPayment("pay-over")).isEmpty();
    }

    @Test
    void a_payment_for_a_bank_line_takes_it_off_the_unapplied_list_and_keeps_the_rest_on_account() {
        BankLine line = ledger().unappliedBankLines().get(0);
        Invoice invoice = anOpenInvoice();
        Money applied = invoice.balance().min(line.amount());
        PaymentEntry posting = new PaymentEntry("pay-bank", invoice.customerId(), today(), line.amount(),
                List.of(new PaymentApplication(invoice.id(), applied)), Optional.of(line.id()), "from the bank");
        Payment payment = ledger.postPayment(posting);
        assertThat(payment.unapplied()).isEqualTo(line.amount().minus(applied));
        assertThat(ledger().unappliedBankLines()).extracting(BankLine::id).doesNotContain(line.id());
        assertThat(ledger().findPayment("pay-bank")).map(Payment::unapplied).contains(line.amount().minus(applied));
    }

    private PaymentEntry payment(String key, Invoice invoice, Money amount, Optional<BankLineId> line) {
        return new PaymentEntry(key, invoice.customerId(), today(), amount,
                List.of(new PaymentApplication(invoice.id(), amount)), line, "remittance " + invoice.number());
    }
}
