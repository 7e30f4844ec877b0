package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.AdjustmentKind;
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

    Invoice anOpenInvoice() {
        return ledger().openInvoices().stream().filter(i -> i.balance().minorUnits() > 100).findFirst().orElseThrow();
    }

    Invoice reread(Invoice invoice) {
        return ledger().openInvoices(invoice.customerId()).stream().filter(i -> i.id().equals(invoice.id())).findFirst()
                .orElseGet(() -> ledger().paidInvoices(LocalDate.MIN.plusYears(1)).stream()
                        .filter(i -> i.id().equals(invoice.id())).findFirst().orElseThrow());
    }

}
