package org.arbot.app.slack;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.arbot.app.charts.ChartGallery;
import org.arbot.cards.LocalFormat;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.forecast.AlertThresholds;
import org.arbot.core.forecast.CashForecaster;
import org.arbot.core.forecast.ForecastSettings;
import org.arbot.core.forecast.RaisingForecastAlerts;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;
import org.arbot.core.work.WorkSources;
import org.arbot.slack.SlackWorkPoster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * DSO and cash forecast alerts to Slack's {@code alerts} channel every day at {@code arbot.slack.alerts-at} (default
 * 07:30), with the thresholds {@code arbot.alerts.max-dso} (days, default 45), {@code arbot.alerts.weekly-floor}
 * (expected receipts of a week, default 50000.00 in {@code arbot.alerts.currency}, default USD),
 * {@code arbot.alerts.slip-days} (default 10) and {@code arbot.alerts.top-customers} (default 10); none while snoozed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "arbot.slack", name = "bot-token")
class SlackForecastAlertsConfiguration {

    @Bean(destroyMethod = "close")
    SlackForecastAlerts slackForecastAlerts(Ledger ledger, ChartGallery gallery, WorkSources sources, Snoozes snoozes,
            SlackWorkPoster poster,
            Clock clock, @Value("${arbot.slack.alerts-at:07:30}") LocalTime at,
            @Value("${arbot.alerts.max-dso:45}") BigDecimal maxDso,
            @Value("${arbot.alerts.weekly-floor:50000.00}") String weeklyFloor,
            @Value("${arbot.alerts.currency:USD}") String currency,
            @Value("${arbot.alerts.slip-days:10}") int slipDays,
            @Value("${arbot.alerts.top-customers:10}") int topCustomers) {
        AlertThresholds thresholds = new AlertThresholds(maxDso, Money.of(weeklyFloor, currency), slipDays, topCustomers);
        LocalFormat format = LocalFormat.of(Locale.US, ZoneOffset.UTC);
        SlackForecastAlerts.Forecast forecast = channel -> new RaisingForecastAlerts(new ReadingReceivables(ledger, clock),
                new CashForecaster(ForecastSettings.standard()), thresholds, gallery::publish, channel, format, clock).run();
        return new SlackForecastAlerts(forecast, sources, snoozes, poster, clock, at);
    }
}
