package org.arbot.app.events;

import com.github.benmanes.caffeine.cache.Ticker;
import org.arbot.app.config.ArbotProperties;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.events.LedgerEvents;
import org.arbot.intacct.IntacctLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Wires the Intacct webhook endpoint: its secret, its memory of delivered event ids and where events go. */
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
}
