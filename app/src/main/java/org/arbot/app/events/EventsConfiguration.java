package org.arbot.app.events;

import com.github.benmanes.caffeine.cache.Ticker;
import org.arbot.app.config.ArbotProperties;
import org.arbot.core.ledger.events.LedgerEvents;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Intacct webhook endpoint: its secret, its memory of delivered event ids and where events go. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    @ConditionalOnMissingBean(LedgerEvents.class)
    RecentLedgerEvents ledgerEvents() {
        return new RecentLedgerEvents();
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
