package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Column;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Image;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Table;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;
import org.arbot.cards.catalog.ForecastAlertCard;
import org.arbot.cards.chart.DsoTrendChart;
import org.arbot.cards.chart.ReceiptsChart;
import org.arbot.core.money.Money;

/**
 * Turns the alerts of one forecast into the treasury card: with a DSO alert, the DSO trend and forecast chart against
 * the threshold; otherwise receipts by week with their range. Every alert's sentence and the figures go on the card.
 */
public final class ForecastAlertCards {

    static final int TREND_MONTHS = 12;

    private ForecastAlertCards() {
    }

    /** The card for {@code alerts} (at least one); the chart is published through {@code charts}. */
    public static Card of(String alertId, List<ForecastAlert> alerts, DsoHistory history, CashForecast forecast,
            AlertThresholds thresholds, Charts charts, LocalFormat f) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("an alert card needs at least one alert");
        }
        List<String> reasons = alerts.stream().map(ForecastAlert::reason).toList();
        Money nextFourWeeks = forecast.expectedInWeeks(4);
        String currency = nextFourWeeks.currency().getCurrencyCode();
        var dsoAlert = alerts.stream().filter(a -> a instanceof ForecastAlert.PredictedDsoAbove)
                .map(a -> (ForecastAlert.PredictedDsoAbove) a).findFirst();
        if (dsoAlert.isPresent()) {
            List<DsoTrendChart.Point> actual = history.months().stream().skip(Math.max(0, history.months().size() - TREND_MONTHS))
                    .map(m -> new DsoTrendChart.Point(m.month().atEndOfMonth(), m.countback())).toList();
            List<DsoTrendChart.Point> predicted = forecast.predictedDso().stream()
                    .map(m -> new DsoTrendChart.Point(m.month().atEndOfMonth(), m.countback())).toList();
            String url = charts.publish(alertId + "-dso.png",
                    DsoTrendChart.png(actual, predicted, thresholds.maxDso(), f.locale()));
            BigDecimal current = history.current().map(MonthlyDso::countback).orElse(BigDecimal.ZERO);
            return ForecastAlertCard.of(new ForecastAlertCard.ForecastAlert(alertId, forecast.asOf(), current,
                    thresholds.maxDso(), dsoAlert.get().dso(), nextFourWeeks.amount(), currency, url, reasons), f);
        }
        List<ReceiptsChart.Week> weeks = forecast.weeks().stream()
                .map(w -> new ReceiptsChart.Week(w.from(), w.low().amount(), w.expected().amount(), w.high().amount()))
                .toList();
        String url = charts.publish(alertId + "-receipts.png", ReceiptsChart.png(weeks, currency, f.locale()));
        WeekForecast lowest = forecast.weeks().stream().min((a, b) -> a.expected().compareTo(b.expected())).orElseThrow();
        String title = "Cash alert: " + alerts.size() + (alerts.size() == 1 ? " issue" : " issues") + " in the 13-week forecast";
        List<Element> body = new ArrayList<>(List.of(
                Header.of(title, "As of " + f.date(forecast.asOf()), Tone.ATTENTION),
                Facts.of(Fact.of("Receipts, next 4 weeks", money(nextFourWeeks, f) + " (" + money(forecast.lowInWeeks(4), f)
                                + " to " + money(forecast.highInWeeks(4), f) + ")"),
                        Fact.of("Lowest week", f.date(lowest.from()) + ": " + money(lowest.expected(), f)),
                        Fact.of("Weekly floor", money(thresholds.weeklyFloor(), f))),
                Image.of(url, "Expected receipts by week with the P10 to P90 range"),
                Text.of("\u2022 " + String.join("\n\u2022 ", reasons)),
                Table.of("weeks", List.of(Column.text("Week of"), Column.number("Low"), Column.number("Expected"),
                        Column.number("High")), forecast.weeks().stream().map(w -> List.of(f.date(w.from()),
                        money(w.low(), f), money(w.expected(), f), money(w.high(), f))).toList()),
                Note.of("Forecast from open invoices, each customer's payment pattern, recurring billing and the run rate.")));
        Map<String, String> ref = Map.of("alert", alertId);
        return Card.of(title + ": " + reasons.get(0), body,
                List.of(Action.of("why", "Drill down", ref), Action.of("snooze", "Snooze a week", ref)));
    }

    private static String money(Money money, LocalFormat f) {
        return f.money(money.amount(), money.currency().getCurrencyCode());
    }
}
