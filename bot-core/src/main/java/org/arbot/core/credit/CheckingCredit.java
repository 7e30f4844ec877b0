package org.arbot.core.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.money.Money;

/**
 * Checks credit: reads from the {@link Ledger} whatever the request does not give (limit, balance, aging, payment history),
 * then lets the {@link CreditCheckAgent} decide. Runs for API requests and for each new sales order awaiting approval.
 */
public final class CheckingCredit {

    private final Ledger ledger;
    private final Clock clock;
    private final CreditPolicy policy;
    private final CreditCheckAgent agent;

    public CheckingCredit(Ledger ledger, Clock clock, CreditPolicy policy) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.agent = new CreditCheckAgent(policy);
    }

    /** @throws NotFoundException when the ledger has no such customer */
    public CreditDecision check(CheckCredit request) {
        return agent.decide(facts(request));
    }

    /** Checks an order held for credit, as the new-sales-order signal does. */
    public CreditDecision check(SalesOrderId orderId) {
        SalesOrder order = ledger.salesOrder(orderId).orElseThrow(() -> new NotFoundException("sales order " + orderId));
        return check(new CheckCredit(order.customerId(), order.amount().amount(), Optional.of(orderId), CreditContext.none()));
    }

    /** Checks every order waiting for a credit decision. */
    public List<CreditDecision> checkAwaitingOrders() {
        return ledger.ordersAwaitingApproval().stream().map(order -> check(order.id())).toList();
    }

    CreditFacts facts(CheckCredit request) {
        Customer customer = ledger.customer(request.customerId())
                .orElseThrow(() -> new NotFoundException("customer " + request.customerId()));
        LocalDate asOf = LocalDate.now(clock);
        Currency currency = customer.creditLimit().currency();
        List<Invoice> open = ledger.openInvoices(customer.id());
        Money balance = request.context().currentBalance().map(b -> money("current_ar_balance", b, currency))
                .orElseGet(() -> sum(open, currency));
        Money over90 = open.stream().filter(i -> i.daysPastDue(asOf) > 90).map(Invoice::balance)
                .reduce(Money.zero(currency), Money::plus);
        PaymentHistory history = PaymentHistory.of(customer.id(), ledger, asOf, policy);
        return new CreditFacts(customer.id(), request.orderId(), money("order_amount", request.orderAmount(), currency),
                customer.creditLimit(), balance, over90, request.context().externalScore(), history.trend(),
                request.context().daysSalesOutstanding().or(() -> history.daysSalesOutstanding(balance, open)),
                request.context().lastPaymentDate().or(history::lastPaymentDate), customer.terms().netDays(), asOf);
    }

    private static Money money(String field, BigDecimal amount, Currency currency) {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidCreditRequestException(field, "must have at most " + currency.getDefaultFractionDigits()
                    + " decimals for " + currency + ", got " + amount.toPlainString());
        }
    }

    private static Money sum(List<Invoice> invoices, Currency currency) {
        return invoices.stream().map(Invoice::balance).reduce(Money.zero(currency), Money::plus);
    }
}
