package org.arbot.core.credit;

import static org.arbot.core.credit.LedgerFixture.customer;
import static org.arbot.core.credit.LedgerFixture.open;
import static org.arbot.core.credit.LedgerFixture.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CheckingCreditTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final InMemoryLedger ledger = new InMemoryLedger().add(customer("CUST-1001", "50000.00", "alice"));
    private final CheckingCredit checking = new CheckingCredit(ledger, clock, CreditPolicy.defaults());

    @Test
    void balance_aging_and_payment_trend_are_read_from_the_ledger_when_not_given() {
        ledger.add(open("CUST-1001", "30000.00", TODAY, 10)).add(open("CUST-1001", "5000.00", TODAY, 120));
        ledger.add(paid("CUST-1001", "1000.00", TODAY.minusMonths(6), 30)).add(paid("CUST-1001", "1000.00", TODAY.minusMonths(5), 32));
        ledger.add(paid("CUST-1001", "1000.00", TODAY.minusMonths(1), 55)).add(paid("CUST-1001", "1000.00", TODAY.minusDays(10), 57));

        CreditFacts facts = checking.facts(request("1000.00", CreditContext.none()));

        assertThat(facts.balance()).isEqualTo(Money.of("35000.00", "USD"));
        assertThat(facts.over90()).isEqualTo(Money.of("5000.00", "USD"));
        assertThat(facts.paymentTrend()).hasValueSatisfying(t -> assertThat(t.worsening()).isEqualByComparingTo("25"));
        assertThat(facts.lastPaymentDate()).contains(TODAY.minusDays(10));
        assertThat(checking.check(request("1000.00", CreditContext.none())).action()).isEqualTo(CreditAction.DECLINE);
    }

    @Test
    void facts_given_in_the_request_replace_the_ledger_s() {
        ledger.add(open("CUST-1001", "1000.00", TODAY, 5));
        CreditContext context = new CreditContext(Optional.of(new BigDecimal("45000.00")), Optional.of(42),
                Optional.of(LocalDate.of(2024, 3, 15)), Optional.of(680));

        CreditDecision decision = checking.check(request("12500.00", context));

        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly("New exposure 57,500.00 exceeds the 50,000.00 limit by 15 %");
    }

    @Test
    void an_unknown_customer_is_not_found_by_name() {
        assertThatThrownBy(() -> checking.check(new CheckCredit(CustomerId.of("CUST-9"), BigDecimal.TEN, Optional.empty(),
                CreditContext.none()))).isInstanceOf(NotFoundException.class).hasMessage("customer CUST-9 was not found");
    }

    @Test
    void an_amount_with_more_decimals_than_the_currency_names_the_field() {
        assertThatThrownBy(() -> checking.check(request("10.005", CreditContext.none())))
                .isInstanceOf(InvalidCreditRequestException.class).hasMessageContaining("order_amount")
                .hasMessageContaining("10.005");
    }

    @Test
    void a_new_sales_order_awaiting_approval_is_checked_with_a_proposal_for_it() {
        ledger.add(new SalesOrder(SalesOrderId.of("SO-1"), CustomerId.of("CUST-1001"), TODAY, Money.of("60000.00", "USD"),
                ApprovalState.PENDING, ""));

        assertThat(checking.checkAwaitingOrders()).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
            assertThat(decision.proposal()).contains(new CreditProposal.AskCreditManagers(SalesOrderId.of("SO-1")));
        });
    }

    private static CheckCredit request(String amount, CreditContext context) {
        return new CheckCredit(CustomerId.of("CUST-1001"), new BigDecimal(amount), Optional.of(SalesOrderId.of("SO-78910")), context);
    }
}
