package org.arbot.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class RaisingForecastAlertsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-16T06:00:00Z"), ZoneOffset.UTC);
    private final List<Card> posted = new ArrayList<>();

    @Test
    void a_breached_threshold_posts_one_card_to_the_treasury_channel_and_a_quiet_forecast_posts_none() {
        InMemoryLedger ledger = new InMemoryLedger().add(Books.customer("C1", org.arbot.core.ar.Terms.net(30)));
        new Books().invoice("C1", "2026-09-10", 30, "4000.00", "2026-10-12")
                .invoice("C1", "2026-10-10", 30, "5000.00", null)
                .invoices().forEach(ledger::add);

        List<ForecastAlert> loud = raising(ledger, "10").run();
        List<ForecastAlert> quiet = raising(ledger, "999").run();

        assertThat(loud).isNotEmpty();
        assertThat(quiet).isEmpty();
        assertThat(posted).singleElement().satisfies(card -> assertThat(card.fallbackText()).contains("DSO alert"));
    }

    private RaisingForecastAlerts raising(InMemoryLedger ledger, String maxDso) {
        return new RaisingForecastAlerts(new ReadingReceivables(ledger, clock),
                new CashForecaster(ForecastSettings.standard().withoutRunRate()),
                new AlertThresholds(new BigDecimal(maxDso), Money.of("0.00", "USD"), 10, 20),
                (name, png) -> "https://arbot.example/charts/" + name, posted::add,
                LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);
    }
}
