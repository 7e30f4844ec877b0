package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

/** What every {@link Ledger} must do, run against each implementation with its own fixtures. */
abstract class LedgerContract {

    /** A fresh ledger with at least two customers, open invoices, a pending sales order and a bank line. */
    abstract Ledger ledger();

    abstract LocalDate today();

    @Test
    void customers_are_listed_and_found_by_id() {
        List<Customer> customers = ledger().customers();
        assertThat(customers).hasSizeGreaterThanOrEqualTo(2);
        Customer first = customers.get(0);
        assertThat(ledger().customer(first.id())).contains(first);
        assertThat(ledger().customer(CustomerId.of("CUST-NOPE"))).isEmpty();
    }

    @Test
    void open_invoices_have_a_balance_and_belong_to_the_customer_asked_for() {
        Invoice some = anOpenInvoice();
        assertThat(ledger().openInvoices()).allMatch(Invoice::isOpen).contains(some);
        assertThat(ledger().openInvoices(some.customerId())).allMatch(i -> i.customerId().equals(some.customerId())).contains(some);
    }

    @Test
    void an_adjustment_settles_its_invoice_and_is_found_by_its_key() {
        Invoice invoice = anOpenInvoice();
        Money writeOff = Money.ofMinor(Math.max(1, invoice.balance().minorUnits() / 10), invoice.balance().currency());
        AdjustmentPosting posting = new AdjustmentPosting("adj-damage", invoice.customerId(), Optional.of(invoice.id()),
                today(), writeOff, AdjustmentKind.WRITE_OFF, "damaged goods");
        ledger().postAdjustment(posting);
        ledger().postAdjustment(posting);
        assertThat(reread(invoice).balance()).isEqualTo(invoice.balance().minus(writeOff));
        var found = ledger().findAdjustment("adj-damage").orElseThrow();
        assertThat(found.amount()).isEqualTo(writeOff);
        assertThat(found.kind()).isEqualTo(AdjustmentKind.WRITE_OFF);
        assertThat(found.reason()).isEqualTo("damaged goods");
        assertThat(found.invoiceId()).contains(invoice.id());
        assertThat(ledger().adjustments(today())).extracting(a -> a.reference()).containsOnlyOnce("adj-damage");
    }

    @Test
    void a_released_order_stops_waiting_and_a_declined_one_keeps_its_reason() {
        List<SalesOrder> waiting = ledger().ordersAwaitingApproval();
        assertThat(waiting).hasSizeGreaterThanOrEqualTo(2).allMatch(SalesOrder::awaitsCreditDecision);
        SalesOrder released = ledger().releaseOrder(waiting.get(0).id(), "paid up, within limit");
        SalesOrder declined = ledger().declineOrder(waiting.get(1).id(), "over limit by 12,000");
        assertThat(released.approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(declined.approval()).isEqualTo(ApprovalState.DECLINED);
        assertThat(declined.note()).isEqualTo("over limit by 12,000");
        assertThat(ledger().ordersAwaitingApproval()).extracting(SalesOrder::id)
                .doesNotContain(released.id(), declined.id());
        assertThat(ledger().salesOrder(declined.id())).map(SalesOrder::approval).contains(ApprovalState.DECLINED);
    }

    @Test
    void a_credit_update_changes_only_the_fields_given() {
        Customer customer = ledger().customers().get(0);
        Money limit = customer.creditLimit().plus(Money.of("5000", customer.creditLimit().currency().getCurrencyCode()));
        Customer updated = ledger().updateCredit(new CreditUpdate(customer.id(), Optional.of(limit), Optional.empty(),
                Optional.of(!customer.onHold()), "annual review"));
        assertThat(updated.creditLimit()).isEqualTo(limit);
        assertThat(updated.onHold()).isEqualTo(!customer.onHold());
        assertThat(updated.terms()).isEqualTo(customer.terms());
        assertThat(ledger().customer(customer.id())).contains(updated);
    }

    @Test
    void a_credit_update_for_an_unknown_customer_is_not_found() {
        assertThatThrownBy(() -> ledger().updateCredit(new CreditUpdate(CustomerId.of("CUST-NOPE"), Optional.empty(),
                Optional.empty(), Optional.of(true), "")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_posted_payment_reduces_the_invoice_balance() {
        Invoice invoice = anOpenInvoice();
        Money part = Money.ofMinor(invoice.balance().minorUnits() / 2, invoice.balance().currency());
        Payment payment = ledger().postPayment(payment("pay-half", invoice, part, Optional.empty()));
        Invoice after = reread(invoice);
        assertThat(after.balance()).isEqualTo(invoice.balance().minus(part));
        assertThat(payment.applications()).containsExactly(new PaymentApplication(invoice.id(), part));
        assertThat(ledger().payments(today())).extracting(Payment::reference).contains("pay-half");
    }

    @Test
    void paying_the_whole_balance_makes_the_invoice_paid_history() {
        Invoice invoice = anOpenInvoice();
        ledger().postPayment(payment("pay-all", invoice, invoice.balance(), Optional.empty()));
        assertThat(ledger().openInvoices(invoice.customerId())).extracting(Invoice::id).doesNotContain(invoice.id());
        assertThat(ledger().paidInvoices(today())).anyMatch(i -> i.id().equals(invoice.id()) && i.paidDate().equals(Optional.of(today())));
    }

    @Test
    void posting_twice_with_the_same_key_writes_once() {
        Invoice invoice = anOpenInvoice();
        Money cent = Money.ofMinor(1, invoice.balance().currency());
        Payment first = ledger().postPayment(payment("pay-once", invoice, cent, Optional.empty()));
        Payment second = ledger().postPayment(payment("pay-once", invoice, cent, Optional.empty()));
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
        assertThatThrownBy(() -> ledger().postPayment(payment("pay-over", invoice, tooMuch, Optional.empty())))
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
        PaymentPosting posting = new PaymentPosting("pay-bank", invoice.customerId(), today(), line.amount(),
                List.of(new PaymentApplication(invoice.id(), applied)), Optional.of(line.id()), "from the bank");
        Payment payment = ledger().postPayment(posting);
        assertThat(payment.unapplied()).isEqualTo(line.amount().minus(applied));
        assertThat(ledger().unappliedBankLines()).extracting(BankLine::id).doesNotContain(line.id());
        assertThat(ledger().findPayment("pay-bank")).map(Payment::unapplied).contains(line.amount().minus(applied));
    }

    PaymentPosting payment(String key, Invoice invoice, Money amount, Optional<BankLineId> line) {
        return new PaymentPosting(key, invoice.customerId(), today(), amount,
                List.of(new PaymentApplication(invoice.id(), amount)), line, "remittance " + invoice.number());
    }

    Invoice anOpenInvoice() {
        return ledger().openInvoices().stream().filter(i -> i.balance().minorUnits() > 100).findFirst().orElseThrow();
    }

    Invoice reread(Invoice invoice) {
        return ledger().openInvoices(invoice.customerId()).stream().filter(i -> i.id().equals(invoice.id())).findFirst()
                .orElseGet(() -> ledger().paidInvoices(LocalDate.MIN.plusYears(1)).stream()
                        .filter(i -> i.id().equals(invoice.id())).findFirst().orElseThrow());
    }

}
