package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers the treasury questions from the models: "cash expected in the next 4 weeks?", "December DSO forecast?",
 * "why is DSO up this month?".
 */
public final class ForecastAnswers {

    static final int MOVERS = 5;

    private ForecastAnswers() {
    }

    public static ForecastAnswer cashExpected(CashForecast forecast, int weeks) {
        int n = Math.max(1, Math.min(weeks, forecast.weeks().size()));
        WeekForecast last = forecast.weeks().get(n - 1);
        long invoices = forecast.receipts().stream().filter(r -> r.source() == ExpectedReceipt.Source.OPEN_INVOICE).count();
        return new ForecastAnswer("Cash expected in the next " + n + " weeks (to " + last.to() + "): "
                + forecast.expectedInWeeks(n) + ", between " + forecast.lowInWeeks(n) + " and " + forecast.highInWeeks(n)
                + " (sum of weekly P10 and P90).",
                List.of(new ForecastAnswer.Figure("Expected", forecast.expectedInWeeks(n).toString()),
                        new ForecastAnswer.Figure("Low (P10 weeks)", forecast.lowInWeeks(n).toString()),
                        new ForecastAnswer.Figure("High (P90 weeks)", forecast.highInWeeks(n).toString()),
                        new ForecastAnswer.Figure("Open invoices expected", String.valueOf(invoices))));
    }

    /** The DSO of {@code month}: forecast when it is ahead, actual when it is past. */
    public static ForecastAnswer dso(YearMonth month, CashForecast forecast, DsoHistory history) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        Optional<MonthlyDso> predicted = forecast.predictedDso().stream().filter(m -> m.month().equals(month)).findFirst();
        Optional<MonthlyDso> found = predicted.or(() -> history.month(month));
        if (found.isEmpty()) {
            return new ForecastAnswer("No DSO for " + name + ": the forecast reaches "
                    + forecast.predictedDso().get(forecast.predictedDso().size() - 1).month() + ".", List.of());
        }
        MonthlyDso dso = found.get();
        String kind = predicted.isPresent() ? "is forecast at " : "was ";
        return new ForecastAnswer(name + " DSO " + kind + dso.countback() + " days by the countback method"
                + dso.standard().map(s -> " (" + s + " by the standard method)").orElse("") + ", on AR of " + dso.ar()
                + " and sales of " + dso.sales() + ".", figures(dso));
    }

    public static ForecastAnswer whyDsoMoved(ReceivablesBook book, YearMonth month) {
        DsoMovers.Explanation why = DsoMovers.explain(book, month, MOVERS);
        String direction = why.change().signum() >= 0 ? "up " : "down ";
        List<ForecastAnswer.Figure> figures = new ArrayList<>();
        why.customers().forEach(m -> figures.add(new ForecastAnswer.Figure(m.name(), signed(m.days()) + " days")));
        why.invoices().forEach(m -> figures.add(new ForecastAnswer.Figure(m.name(), signed(m.days()) + " days")));
        String top = why.customers().isEmpty() ? "nothing moved it" : "most of it from " + String.join(", ",
                why.customers().stream().limit(3).map(m -> m.name() + " (" + signed(m.days()) + ")").toList());
        return new ForecastAnswer("Standard DSO for " + month + " is " + direction + why.change().abs()
                + " days on the month before; " + top + ".", figures);
    }

    private static List<ForecastAnswer.Figure> figures(MonthlyDso dso) {
        return List.of(new ForecastAnswer.Figure("Countback DSO", dso.countback() + " days"),
                new ForecastAnswer.Figure("Standard DSO", dso.standard().map(BigDecimal::toPlainString).orElse("no sales") + " days"),
                new ForecastAnswer.Figure("AR at month end", dso.ar().toString()),
                new ForecastAnswer.Figure("Sales of the month", dso.sales().toString()));
    }

    private static String signed(BigDecimal days) {
        return (days.signum() > 0 ? "+" : "") + days.toPlainString();
    }
}
