package org.arbot.app.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arbot.app.charts.ChartGallery;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.ForecastAlertCard;
import org.arbot.cards.chart.DsoTrendChart;
import org.arbot.core.forecast.CashForecast;
import org.arbot.core.forecast.CashForecaster;
import org.arbot.core.forecast.DsoHistory;
import org.arbot.core.forecast.ForecastSettings;
import org.arbot.core.forecast.MonthlyDso;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.ledger.Ledger;

/**
 * The DSO card of the console's briefing: the last six months' countback DSO and the forecast months after them,
 * drawn against {@link #THRESHOLD} days, with the chart served by the app.
 */
final class DsoAlert {

    /** The demo threshold the chart and the card compare DSO with. */
    static final BigDecimal THRESHOLD = new BigDecimal("40");

    /** Chart links on the console point at the page's own origin; {@link PostJson} makes them relative. */
    static final String SAME_ORIGIN = "https://console.invalid";

    private final Ledger ledger;
    private final ChartGallery gallery;
    private final LocalFormat format;
    private final Clock clock;

    DsoAlert(Ledger ledger, ChartGallery gallery, LocalFormat format, Clock clock) {
        this.ledger = ledger;
        this.gallery = gallery;
        this.format = format;
        this.clock = clock;
    }

    Card card() {
        LocalDate today = LocalDate.now(clock);
        ReceivablesBook book = new ReadingReceivables(ledger, clock).read(12);
        DsoHistory history = DsoHistory.of(book, YearMonth.from(today).minusMonths(5), YearMonth.from(today));
        CashForecast forecast = new CashForecaster(ForecastSettings.standard()).forecast(book);
        List<DsoTrendChart.Point> actual = points(history.months());
        List<DsoTrendChart.Point> ahead = points(forecast.predictedDso());
        BigDecimal dso = history.current().map(MonthlyDso::countback).orElse(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_EVEN);
        BigDecimal next = forecast.predictedDso().stream().filter(m -> m.month().isAfter(YearMonth.from(today)))
                .findFirst().map(MonthlyDso::countback).orElse(dso).setScale(1, RoundingMode.HALF_EVEN);
        String link = gallery.publish("dso-trend-" + today + ".png", DsoTrendChart.png(actual, ahead, THRESHOLD, Locale.US));
        URI uri = URI.create(link);
        List<String> drivers = new ArrayList<>();
        drivers.add("Countback DSO " + dso + " days this month against a threshold of " + THRESHOLD + " days");
        drivers.add("Forecast for next month: " + next + " days, from open invoices and each customer's payment pattern");
        return ForecastAlertCard.of(new ForecastAlertCard.ForecastAlert("dso-" + today, today, dso, THRESHOLD, next,
                forecast.expectedInWeeks(4).amount(), book.currency().getCurrencyCode(),
                SAME_ORIGIN + uri.getRawPath() + "?" + uri.getRawQuery(), drivers), format);
    }

    private static List<DsoTrendChart.Point> points(List<MonthlyDso> months) {
        return months.stream().map(m -> new DsoTrendChart.Point(m.month().atEndOfMonth(), m.countback())).toList();
    }
}
