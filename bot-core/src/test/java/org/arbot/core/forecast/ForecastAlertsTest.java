package org.arbot.core.forecast;

import static org.arbot.core.forecast.Books.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.arbot.cards.Card;
import org.arbot.cards.Image;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.cards.teams.AdaptiveCardRenderer;
import org.junit.jupiter.api.Test;

class ForecastAlertsTest {

    private static final ForecastSettings SETTINGS = new ForecastSettings(13, 200, 7L, 0.1, 0.9, 8, false,
            Segmentation.byTerms());
    private static final LocalFormat US = LocalFormat.of(Locale.US, ZoneOffset.UTC);

    /** C1 used to pay in 30 days; its last three invoices took 50. */
    private static ReceivablesBook slipping() {
        Books books = new Books().customer("C1", 30).customer("C2", 30);
        LocalDate start = LocalDate.parse("2026-01-05");
        for (int month = 0; month < 5; month++) {
            LocalDate issued = start.plusMonths(month);
            books.invoice("C1", issued.toString(), 30, "10000.00", issued.plusDays(30).toString());
            books.invoice("C2", issued.toString(), 30, "100.00", issued.plusDays(30).toString());
        }
        for (int month = 0; month < 3; month++) {
            LocalDate issued = LocalDate.parse("2026-07-20").plusDays(20L * month);
            books.invoice("C1", issued.toString(), 30, "10000.00", issued.plusDays(50).toString());
        }
        return books.invoice("C1", "2026-10-20", 30, "12000.00", null).asOf("2026-11-15");
    }

    @Test
    void a_top_customer_paying_more_than_ten_days_slower_raises_an_alert_with_the_figures() {
        ReceivablesBook book = slipping();
        CashForecast forecast = new CashForecaster(SETTINGS).forecast(book);

        List<ForecastAlert> alerts = ForecastAlerts.evaluate(book, forecast,
                new AlertThresholds(new BigDecimal("999"), usd("0.00"), 10, 20));

        assertThat(alerts).singleElement().isInstanceOfSatisfying(ForecastAlert.CustomerSlipping.class, slip -> {
            assertThat(slip.customerId().value()).isEqualTo("C1");
            assertThat(slip.earlierDays()).isEqualByComparingTo("30.0");
            assertThat(slip.recentDays()).isEqualByComparingTo("50.0");
            assertThat(slip.reason()).contains("up 20.0 days");
        });
    }

    @Test
    void predicted_dso_above_the_threshold_and_weeks_below_the_floor_raise_alerts() {
        ReceivablesBook book = slipping();
        CashForecast forecast = new CashForecaster(SETTINGS).forecast(book);

        List<ForecastAlert> alerts = ForecastAlerts.evaluate(book, forecast,
                new AlertThresholds(new BigDecimal("20"), usd("1000.00"), 999, 20));

        assertThat(alerts).hasAtLeastOneElementOfType(ForecastAlert.PredictedDsoAbove.class)
                .hasAtLeastOneElementOfType(ForecastAlert.ReceiptsBelowFloor.class)
                .noneMatch(a -> a instanceof ForecastAlert.CustomerSlipping);
        assertThat(alerts).filteredOn(a -> a instanceof ForecastAlert.PredictedDsoAbove).first()
                .extracting(ForecastAlert::reason).asString().contains("above the threshold of 20");
    }

    @Test
    void the_dso_alert_card_carries_its_trend_chart_and_figures_on_both_channels() throws IOException {
        ReceivablesBook book = slipping();
        CashForecast forecast = new CashForecaster(SETTINGS).forecast(book);
        AlertThresholds thresholds = new AlertThresholds(new BigDecimal("20"), usd("0.00"), 10, 20);
        List<ForecastAlert> alerts = ForecastAlerts.evaluate(book, forecast, thresholds);
        DsoHistory history = DsoHistory.of(book, YearMonth.of(2026, 3), YearMonth.of(2026, 10));
        Map<String, byte[]> published = new LinkedHashMap<>();

        Card card = ForecastAlertCards.of("alert-1", alerts, history, forecast, thresholds, publishing(published), US);

        assertThat(published).containsOnlyKeys("alert-1-dso.png");
        assertPng(published.get("alert-1-dso.png"));
        assertThat(card.body()).filteredOn(e -> e instanceof Image).singleElement()
                .satisfies(e -> assertThat(((Image) e).url()).isEqualTo("https://arbot.example/charts/alert-1-dso.png"));
        assertThat(card.fallbackText()).contains("DSO alert", "threshold of 20 days");
        assertThat(new SlackBlockKitRenderer().renderJson(card)).contains("https://arbot.example/charts/alert-1-dso.png",
                "Receipts, next 4 weeks");
        assertThat(new AdaptiveCardRenderer().renderJson(card)).contains("https://arbot.example/charts/alert-1-dso.png");
    }

    @Test
    void a_receipts_alert_card_carries_the_weekly_chart_with_its_range_and_the_weeks() throws IOException {
        ReceivablesBook book = slipping();
        CashForecast forecast = new CashForecaster(SETTINGS).forecast(book);
        AlertThresholds thresholds = new AlertThresholds(new BigDecimal("999"), usd("1000.00"), 999, 20);
        Map<String, byte[]> published = new LinkedHashMap<>();

        Card card = ForecastAlertCards.of("alert-2", ForecastAlerts.evaluate(book, forecast, thresholds),
                DsoHistory.of(book, YearMonth.of(2026, 3), YearMonth.of(2026, 10)), forecast, thresholds,
                publishing(published), US);

        assertPng(published.get("alert-2-receipts.png"));
        assertThat(card.header()).hasValueSatisfying(h -> assertThat(h.title()).startsWith("Cash alert"));
        assertThat(new SlackBlockKitRenderer().renderJson(card)).contains("alert-2-receipts.png", "Weekly floor", "$1,000.00");
    }

    private static Charts publishing(Map<String, byte[]> published) {
        return (name, png) -> {
            published.put(name, png);
            return "https://arbot.example/charts/" + name;
        };
    }

    private static void assertPng(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(100);
    }
}
