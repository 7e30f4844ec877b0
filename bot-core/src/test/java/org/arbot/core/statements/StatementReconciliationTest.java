package org.arbot.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.AdjustmentId;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
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
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class StatementReconciliationTest {

    private static final CustomerId ACME = CustomerId.of("CUST-1001");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");
    private static final StatementReconciliation RECONCILIATION = new StatementReconciliation(usd("50.00"), 10);

    @Test
    void a_line_paid_in_full_is_resolved_with_the_payment_that_settled_it() {
        Invoice paid = invoice("20042", "INV-0001042", "1200.00", "0.00", InvoiceState.PAID);
        Payment payment = payment("50001", "2026-03-04", "ACH-778899", List.of(apply(paid, "1200.00")), "0.00");

        ReconciledLine line = RECONCILIATION.reconcile(claim("INV-1042", "2026-03-03", null),
                facts(List.of(paid), List.of(payment), List.of(), List.of()));

        assertThat(line.status()).isEqualTo(ReconciledLine.Status.RESOLVED);
        assertThat(line.settledBy()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("50001");
            assertThat(e.reference()).isEqualTo("ACH-778899");
        });
        assertThat(line.next().kind()).isEqualTo(NextStep.Kind.NONE);
        assertThat(line.reason()).contains("INV-0001042", "payment 50001", "2026-03-04");
    }

    @Test
    void a_line_short_paid_by_a_small_amount_is_partial_with_a_write_off_proposed_for_approval() {
        Invoice shortPaid = invoice("20043", "INV-0001043", "1000.00", "35.00", InvoiceState.PARTIALLY_PAID);
        Payment payment = payment("50002", "2026-03-05", "CHK-1234", List.of(apply(shortPaid, "965.00")), "0.00");

        ReconciledLine line = RECONCILIATION.reconcile(claim("INV-1043", "2026-03-05", null),
                facts(List.of(shortPaid), List.of(payment), List.of(), List.of()));

        assertThat(line.status()).isEqualTo(ReconciledLine.Status.PARTIAL);
        assertThat(line.settled()).isEqualTo(usd("965.00"));
        assertThat(line.open()).isEqualTo(usd("35.00"));
        assertThat(line.next().kind()).isEqualTo(NextStep.Kind.PROPOSE_ADJUSTMENT);
        assertThat(line.next().adjustment()).hasValueSatisfying(a -> {
            assertThat(a.amount()).isEqualTo(usd("35.00"));
            assertThat(a.kind()).isEqualTo(AdjustmentKind.WRITE_OFF);
            assertThat(a.invoiceId()).contains(shortPaid.id());
        });
        assertThat(line.next().description()).contains("after approval");
    }

    @Test
    void a_line_short_paid_by_more_than_the_small_balance_is_partial_with_a_dispute() {
        Invoice shortPaid = invoice("20044", "INV-0001044", "1000.00", "400.00", InvoiceState.PARTIALLY_PAID);
        Payment payment = payment("50003", "2026-03-05", "", List.of(apply(shortPaid, "500.00")), "0.00");
        Adjustment credit = new Adjustment(AdjustmentId.of("70001"), ACME, Optional.of(shortPaid.id()),
                LocalDate.parse("2026-03-06"), usd("100.00"), AdjustmentKind.CREDIT, "damaged pallet", "");

        ReconciledLine line = RECONCILIATION.reconcile(claim("INV-1044", null, null),
                facts(List.of(shortPaid), List.of(payment), List.of(credit), List.of()));

        assertThat(line.status()).isEqualTo(ReconciledLine.Status.PARTIAL);
        assertThat(line.settledBy()).extracting(Evidence::kind).containsExactly(Evidence.Kind.PAYMENT, Evidence.Kind.CREDIT);
        assertThat(line.settled()).isEqualTo(usd("600.00"));
        assertThat(line.next().kind()).isEqualTo(NextStep.Kind.OPEN_DISPUTE);
    }

    @Test
    void a_line_claimed_paid_with_nothing_received_is_unresolved_with_a_dispute() {
        Invoice open = invoice("20045", "INV-0001045", "780.00", "780.00", InvoiceState.POSTED);

        ReconciledLine line = RECONCILIATION.reconcile(claim("INV-1045", "2026-03-03", null),
                facts(List.of(open), List.of(), List.of(), List.of()));

        assertThat(line.status()).isEqualTo(ReconciledLine.Status.UNRESOLVED);
        assertThat(line.settledBy()).isEmpty();
        assertThat(line.next().kind()).isEqualTo(NextStep.Kind.OPEN_DISPUTE);
        assertThat(line.next().description()).contains("paid on 2026-03-03", "proof");
    }

    @Test
    void an_unresolved_line_with_matching_unapplied_cash_near_the_claimed_date_proposes_applying_it() {
        Invoice open = invoice("20046", "INV-0001046", "780.00", "780.00", InvoiceState.POSTED);
        BankLine received = new BankLine(BankLineId.of("BL-9"), LocalDate.parse("2026-03-04"), usd("780.00"), "ACME CORP",
                "ACH 4455", "", Optional.empty());
        BankLine tooFar = new BankLine(BankLineId.of("BL-1"), LocalDate.parse("2026-01-04"), usd("780.00"), "ACME CORP",
                "", "", Optional.empty());

        ReconciledLine line = RECONCILIATION.reconcile(claim("INV-1046", "2026-03-03", null),
                facts(List.of(open), List.of(), List.of(), List.of(tooFar, received)));

        assertThat(line.status()).isEqualTo(ReconciledLine.Status.UNRESOLVED);
        assertThat(line.next().kind()).isEqualTo(NextStep.Kind.APPLY_UNAPPLIED_CASH);
        assertThat(line.next().evidence()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("BL-9"));
    }

    @Test
    void a_line_naming_an_invoice_the_customer_does_not_have_is_unresolved() {
        ReconciledLine line = RECONCILIATION.reconcile(claim("INV-9999", null, null),
                facts(List.of(), List.of(), List.of(), List.of()));

        assertThat(line.status()).isEqualTo(ReconciledLine.Status.UNRESOLVED);
        assertThat(line.invoice()).isEmpty();
        assertThat(line.reason()).contains("No invoice INV-9999");
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static DisputedLine claim(String number, String paidOn, String amount) {
        return new DisputedLine(number, Optional.ofNullable(paidOn).map(LocalDate::parse),
                Optional.ofNullable(amount).map(StatementReconciliationTest::usd), "");
    }

    private static DisputeFacts facts(List<Invoice> invoices, List<Payment> payments, List<Adjustment> adjustments,
            List<BankLine> bankLines) {
        Customer acme = new Customer(ACME, "Acme Corp", Optional.empty(), usd("50000.00"), Terms.net(30),
                CollectorId.of("ann"), false, List.of());
        return new DisputeFacts(acme, TODAY, invoices, payments, adjustments, bankLines);
    }

    private static Invoice invoice(String key, String number, String total, String balance, InvoiceState state) {
        LocalDate date = LocalDate.parse("2026-02-01");
        return new Invoice(InvoiceId.of(key), number, ACME, date, date.plusDays(30), usd(total), usd(balance),
                Optional.empty(), state, state == InvoiceState.PAID ? Optional.of(LocalDate.parse("2026-03-04")) : Optional.empty());
    }

    private static PaymentApplication apply(Invoice invoice, String amount) {
        return new PaymentApplication(invoice.id(), usd(amount));
    }

    private static Payment payment(String id, String date, String reference, List<PaymentApplication> applications,
            String unapplied) {
        Money applied = applications.stream().map(PaymentApplication::amount).reduce(usd("0.00"), Money::plus);
        return new Payment(PaymentId.of(id), ACME, LocalDate.parse(date), applied.plus(usd(unapplied)), reference, "",
                applications, usd(unapplied));
    }
}
