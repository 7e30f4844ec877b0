package org.arbot.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ForecastAnswersTest {

    private final ReceivablesBook book = new Books().customer("C1", 30).customer("C2", 30)
            .invoice("C1", "2026-01-05", 30, "1000.00", "2026-02-10")
            .invoice("C2", "2026-01-20", 30, "2000.00", null)
            .invoice("C1", "2026-02-03", 30, "1500.00", "2026-02-20")
            .asOf("2026-02-28");

    @Test
    void why_dso_moved_splits_the_change_exactly_over_the_invoices_and_customers_that_moved_it() {
        // January 31.0 days, February 37.3: C2's open 2,000 now weighs 2,000 / 1,500 x 28 = 37.3 days (was 20.7);
        // C1's 1,000 paid in February took its 10.3 days away
        DsoMovers.Explanation why = DsoMovers.explain(book, YearMonth.of(2026, 2), 5);

        assertThat(why.change()).isEqualByComparingTo("6.3");
        assertThat(why.customers()).extracting(DsoMovers.Mover::name).containsExactly("C2 Inc", "C1 Inc");
        assertThat(why.customers()).extracting(m -> m.days().toPlainString()).containsExactly("16.7", "-10.3");
        assertThat(why.invoices()).first().extracting(DsoMovers.Mover::name).asString().contains("INV-1002");

        ForecastAnswer answer = ForecastAnswers.whyDsoMoved(book, YearMonth.of(2026, 2));
        assertThat(answer.text()).contains("up 6.3 days", "C2 Inc (+16.7)");
    }

    @Test
    void cash_expected_and_the_dso_forecast_come_with_their_figures() {
        CashForecast forecast = new CashForecaster(ForecastSettings.standard().withoutRunRate()).forecast(book);
        DsoHistory history = DsoHistory.of(book, YearMonth.of(2026, 1), YearMonth.of(2026, 2));

        ForecastAnswer cash = ForecastAnswers.cashExpected(forecast, 4);
        assertThat(cash.text()).startsWith("Cash expected in the next 4 weeks");
        assertThat(cash.figures()).extracting(ForecastAnswer.Figure::label).contains("Expected", "Low (P10 weeks)");

        assertThat(ForecastAnswers.dso(YearMonth.of(2026, 4), forecast, history).text()).startsWith("April 2026 DSO is forecast at");
        assertThat(ForecastAnswers.dso(YearMonth.of(2026, 2), forecast, history).text())
                .startsWith("February 2026 DSO was 33.2 days by the countback method (37.3 by the standard method)");
    }
}
