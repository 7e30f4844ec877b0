package org.arbot.core.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.money.Money;

/** Credit facts for a sound customer with a 50,000.00 limit, changed one fact at a time by each test. */
final class CreditFactsFixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private CreditFactsFixture() {
    }

    static CreditFacts sound() {
        return new CreditFacts(CustomerId.of("CUST-1001"), Optional.of(SalesOrderId.of("SO-78910")), usd("12500.00"),
                usd("50000.00"), usd("20000.00"), usd("0.00"), Optional.of(720),
                Optional.of(new PaymentTrend(new BigDecimal("31.0"), new BigDecimal("33.0"), 6, 3)), Optional.of(35),
                Optional.of(AS_OF.minusDays(10)), 30, AS_OF);
    }

    static CreditFacts withBalance(CreditFacts f, String balance, String over90) {
        return new CreditFacts(f.customerId(), f.orderId(), f.orderAmount(), f.creditLimit(), usd(balance), usd(over90),
                f.externalScore(), f.paymentTrend(), f.daysSalesOutstanding(), f.lastPaymentDate(), f.netDays(), f.asOf());
    }

    static CreditFacts withOrder(CreditFacts f, String amount) {
        return new CreditFacts(f.customerId(), f.orderId(), usd(amount), f.creditLimit(), f.balance(), f.over90(),
                f.externalScore(), f.paymentTrend(), f.daysSalesOutstanding(), f.lastPaymentDate(), f.netDays(), f.asOf());
    }

    static CreditFacts withLimit(CreditFacts f, String limit) {
        return new CreditFacts(f.customerId(), f.orderId(), f.orderAmount(), usd(limit), f.balance(), f.over90(),
                f.externalScore(), f.paymentTrend(), f.daysSalesOutstanding(), f.lastPaymentDate(), f.netDays(), f.asOf());
    }

    static CreditFacts withScore(CreditFacts f, Optional<Integer> score) {
        return new CreditFacts(f.customerId(), f.orderId(), f.orderAmount(), f.creditLimit(), f.balance(), f.over90(),
                score, f.paymentTrend(), f.daysSalesOutstanding(), f.lastPaymentDate(), f.netDays(), f.asOf());
    }

    static CreditFacts withTrend(CreditFacts f, Optional<PaymentTrend> trend) {
        return new CreditFacts(f.customerId(), f.orderId(), f.orderAmount(), f.creditLimit(), f.balance(), f.over90(),
                f.externalScore(), trend, f.daysSalesOutstanding(), f.lastPaymentDate(), f.netDays(), f.asOf());
    }

    static CreditFacts withoutOrderId(CreditFacts f) {
        return new CreditFacts(f.customerId(), Optional.empty(), f.orderAmount(), f.creditLimit(), f.balance(), f.over90(),
                f.externalScore(), f.paymentTrend(), f.daysSalesOutstanding(), f.lastPaymentDate(), f.netDays(), f.asOf());
    }

    static PaymentTrend trend(String baseline, String recent) {
        return new PaymentTrend(new BigDecimal(baseline), new BigDecimal(recent), 6, 3);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
