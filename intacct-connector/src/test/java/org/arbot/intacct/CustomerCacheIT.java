package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Customers cached by the client: served until the time to live runs out or an event says they may have changed. */
class CustomerCacheIT {

    private static final Clock CLOCK = DemoSandbox.CLOCK;

    @RegisterExtension
    static final DemoSandbox demo = new DemoSandbox();

    private final MutableClock cacheClock = MutableClock.at("2026-11-27T09:00:00Z");
    private IntacctLedger cached;

    @BeforeEach
    void freshCache() {
        cached = demo.ledger().cachingCustomers(Duration.ofMinutes(5), cacheClock);
    }

    @Test
    void a_change_made_elsewhere_is_seen_after_an_event_or_once_the_time_to_live_has_passed() {
        Customer before = cached.customers().get(0);
        raiseLimitBehindTheCachesBack(before);
        assertThat(cached.customer(before.id())).contains(before);

        cached.cacheInvalidation().publish(new LedgerEvent.PaymentReceived("evt-1", "50001", before.id(), Instant.EPOCH));
        Customer changed = cached.customer(before.id()).orElseThrow();
        assertThat(changed.creditLimit()).isNotEqualTo(before.creditLimit());

        raiseLimitBehindTheCachesBack(changed);
        cacheClock.advance(Duration.ofMinutes(4));
        assertThat(cached.customer(before.id())).contains(changed);
        cacheClock.advance(Duration.ofMinutes(2));
        assertThat(cached.customer(before.id()).orElseThrow().creditLimit()).isNotEqualTo(changed.creditLimit());
    }

    @Test
    void a_credit_update_through_the_cached_ledger_is_read_back_at_once() {
        Customer before = cached.customers().get(0);
        Customer updated = cached.updateCredit(new CreditUpdate(before.id(), Optional.empty(), Optional.empty(),
                Optional.of(!before.onHold()), "review"));
        assertThat(updated.onHold()).isEqualTo(!before.onHold());
        assertThat(cached.customers().get(0).onHold()).isEqualTo(!before.onHold());
    }

    private static void raiseLimitBehindTheCachesBack(Customer customer) {
        Money limit = customer.creditLimit().plus(Money.of("1000", customer.creditLimit().currency().getCurrencyCode()));
        demo.ledger().updateCredit(new CreditUpdate(customer.id(), Optional.of(limit), Optional.empty(), Optional.empty(), "test"));
    }
}
