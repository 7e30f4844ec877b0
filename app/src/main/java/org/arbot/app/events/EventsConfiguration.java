package org.arbot.app.events;

import com.github.benmanes.caffeine.cache.Ticker;
import org.arbot.app.config.ArbotProperties;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.events.LedgerEvents;
import org.arbot.intacct.IntacctLedger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires how Intacct's events come in: the webhook endpoint (its secret), the event-queue poller when
 * {@code arbot.intacct.events.mode=poll}, the memory of delivered event ids both share, and where events go.
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    RecentLedgerEvents recentLedgerEvents() {
        return new RecentLedgerEvents();
    }

    /** Every event drops the client's cached customers first, then is kept for whoever reacts to it. */
    @Bean
    @Primary
    LedgerEvents ledgerEvents(RecentLedgerEvents recent, Ledger ledger) {
        LedgerEvents invalidation = ledger instanceof IntacctLedger intacct ? intacct.cacheInvalidation() : event -> { };
        return event -> {
            invalidation.publish(event);
            recent.publish(event);
        };
    }

    @Bean
    WebhookSecret intacctWebhookSecret(ArbotProperties properties) {
        return new WebhookSecret(properties.intacct().webhookSecret());
    }

    @Bean
    SeenEventIds seenEventIds() {
        return new SeenEventIds(Ticker.systemTicker());
    }

    @Bean
    LedgerEventIntake ledgerEventIntake(SeenEventIds seen, LedgerEvents events) {
        return new LedgerEventIntake(seen, events);
    }

    /** With {@code arbot.intacct.events.mode=poll}: drains the trigger event queue of the same company the ledger reads. */
    @Bean
    @ConditionalOnProperty(name = "arbot.intacct.events.mode", havingValue = "poll")
    IntacctEventPoller intacctEventPoller(Ledger ledger, LedgerEventIntake intake, ArbotProperties properties) {
        if (!(ledger instanceof IntacctLedger intacct)) {
            throw new IllegalStateException("arbot.intacct.events.mode=poll needs the Intacct ledger, not " + ledger.getClass());
        }
        return new IntacctEventPoller(intacct.eventQueue(), intake, properties.intacct().events().pollInterval());
    }
}
