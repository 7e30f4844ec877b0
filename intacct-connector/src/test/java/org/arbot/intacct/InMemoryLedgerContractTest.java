package org.arbot.intacct;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.BeforeEach;

/** The same contract against the in-memory ledger other modules test with, so both behave alike. */
class InMemoryLedgerContractTest extends LedgerContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private InMemoryLedger ledger;

    @BeforeEach
    void seed() {
        ledger = new InMemoryLedger()
                .add(customer("CUST-1001", "Acme Foods Inc"))
                .add(customer("CUST-1002", "Harbor Foods LLC"))
                .add(invoice("20001", "INV-0001001", "CUST-1001", "1250.00"))
                .add(invoice("20002", "INV-0001002", "CUST-1001", "980.40"))
                .add(invoice("20003", "INV-0001003", "CUST-1002", "4410.75"))
                .add(order("SO-0101", "CUST-1001", "12000.00"))
                .add(order("SO-0102", "CUST-1002", "3000.00"))
                .add(new BankLine(BankLineId.of("6201"), TODAY.minusDays(1), usd("1500.00"), "ACME FOODS INC",
                        "TRC4100", "INV-0001001", Optional.empty()));
    }

    @Override
    Ledger ledger() {
        return ledger;
    }

    @Override
    LocalDate today() {
        return TODAY;
    }

    private static Customer customer(String id, String name) {
        return new Customer(CustomerId.of(id), name, Optional.empty(), usd("50000.00"), Terms.net(30),
                CollectorId.of("jlopez"), false, List.of());
    }

    private static Invoice invoice(String key, String number, String customer, String amount) {
        return new Invoice(InvoiceId.of(key), number, CustomerId.of(customer), TODAY.minusDays(40), TODAY.minusDays(10),
                usd(amount), usd(amount), Optional.empty(), InvoiceState.POSTED, Optional.empty());
    }

    private static SalesOrder order(String id, String customer, String amount) {
        return new SalesOrder(SalesOrderId.of(id), CustomerId.of(customer), TODAY, usd(amount), ApprovalState.PENDING, "");
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), Money.currencyOf("USD"));
    }
}
