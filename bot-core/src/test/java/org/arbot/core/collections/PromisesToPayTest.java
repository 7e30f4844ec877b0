package org.arbot.core.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.collections.LoggingPromiseToPay.LogPromise;
import org.arbot.core.credit.LedgerFixture;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class PromisesToPayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final CustomerId ACME = CustomerId.of("ACME");

    private final InMemoryLedger ledger = new InMemoryLedger().add(LedgerFixture.customer("ACME", "50000.00", "alice"));
    private final PromisesToPay promises = new InMemoryPromisesToPay();
    private final LoggingPromiseToPay logging = new LoggingPromiseToPay(ledger, promises, on(MONDAY));

    @Test
    void a_promise_taken_in_chat_is_logged_in_the_customer_s_currency() {
        PromiseToPay promise = logging.log(new LogPromise(ACME, new BigDecimal("2500.00"), MONDAY.plusDays(4), "U-alice"));

        assertThat(promise.amount()).isEqualTo(Money.of("2500.00", "USD"));
        assertThat(promise.loggedOn()).isEqualTo(MONDAY);
        assertThat(promises.of(ACME)).containsExactly(promise);
    }

    @Test
    void a_promise_for_a_past_date_a_bad_amount_or_an_unknown_customer_is_refused() {
        assertThatThrownBy(() -> logging.log(new LogPromise(ACME, BigDecimal.TEN, MONDAY.minusDays(1), "U")))
                .hasMessageContaining("2026-11-22");
        assertThatThrownBy(() -> logging.log(new LogPromise(ACME, BigDecimal.ZERO, MONDAY, "U"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> logging.log(new LogPromise(CustomerId.of("NOPE"), BigDecimal.TEN, MONDAY, "U")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_missed_promise_raises_the_risk_and_shows_on_the_next_list() {
        ledger.add(LedgerFixture.open("ACME", "8000.00", MONDAY, 20));
        logging.log(new LogPromise(ACME, new BigDecimal("8000.00"), MONDAY.plusDays(4), "U-alice"));

        PriorityLine before = ranking(MONDAY.plusDays(1)).forTeam().lines().get(0);
        PriorityLine after = ranking(MONDAY.plusDays(10)).forTeam().lines().get(0);

        assertThat(before.pendingPromise()).isPresent();
        assertThat(after.pendingPromise()).isEmpty();
        assertThat(after.risk().factors()).anySatisfy(f -> assertThat(f.reason()).isEqualTo("1 promise to pay broken recently"));
        assertThat(after.risk().score()).isGreaterThanOrEqualTo(before.risk().score() + 10);
        assertThat(after.nextAction()).isEqualTo(NextAction.ESCALATE);
        assertThat(after.stage()).isEqualTo(ReminderStage.FINAL);
    }

    @Test
    void a_promise_paid_by_its_date_is_kept_and_one_paid_after_its_grace_is_broken() {
        PromiseToPay promise = logging.log(new LogPromise(ACME, new BigDecimal("8000.00"), MONDAY.plusDays(4), "U-alice"));

        assertThat(PromiseStatus.of(promise, List.of(payment(MONDAY.plusDays(3 + PromiseToPay.GRACE_DAYS))), MONDAY.plusDays(20)))
                .isEqualTo(PromiseStatus.KEPT);
        assertThat(PromiseStatus.of(promise, List.of(payment(MONDAY.plusDays(5 + PromiseToPay.GRACE_DAYS))), MONDAY.plusDays(20)))
                .isEqualTo(PromiseStatus.BROKEN);
        assertThat(PromiseStatus.of(promise, List.of(), MONDAY.plusDays(4 + PromiseToPay.GRACE_DAYS)))
                .isEqualTo(PromiseStatus.PENDING);
    }

    private static Payment payment(LocalDate received) {
        Money amount = Money.of("8000.00", "USD");
        return new Payment(PaymentId.of("P1"), ACME, received, amount, "ref", "", List.of(), amount);
    }

    private RankingCollections ranking(LocalDate day) {
        return new RankingCollections(ledger, promises, OpenDisputes.none(), on(day));
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
