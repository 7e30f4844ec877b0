package org.arbot.core.conversation;

import static org.arbot.core.conversation.Fixtures.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.arbot.core.forecast.CashForecast;
import org.arbot.core.forecast.CashForecaster;
import org.arbot.core.forecast.DsoHistory;
import org.arbot.core.forecast.ForecastAnswers;
import org.arbot.core.forecast.ForecastSettings;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.Test;

class ForecastQuestionsTest {

    final InMemoryLedger ledger = Fixtures.ledger();
    final ConversationEngine engine = Fixtures.engine(ledger, new MapConversations());
    final ReceivablesBook book = new ReadingReceivables(ledger, Fixtures.CLOCK).read(15);
    final CashForecast forecast = new CashForecaster(ForecastSettings.standard()).forecast(book);

    @Test
    void a_cash_question_is_answered_by_the_receipts_forecast_for_the_weeks_asked() {
        Reply reply = engine.handle(said("Ev1", "how much cash are we expecting in the next 2 weeks?")).get(0);

        assertThat(reply.text()).startsWith(ForecastAnswers.cashExpected(forecast, 2).text())
                .startsWith("Cash expected in the next 2 weeks (to 2026-12-10)").contains("Open invoices expected: 3");
        assertThat(reply.card()).isPresent();
    }

    @Test
    void a_cash_question_without_a_horizon_covers_four_weeks() {
        Reply reply = engine.handle(said("Ev1", "cash forecast")).get(0);

        assertThat(reply.text()).startsWith(ForecastAnswers.cashExpected(forecast, 4).text());
    }

    @Test
    void a_dso_question_gets_this_months_forecast_by_the_countback_and_standard_methods() {
        YearMonth november = YearMonth.of(2026, 11);
        String expected = ForecastAnswers.dso(november, forecast, DsoHistory.of(book, november, november)).text();

        Reply reply = engine.handle(said("Ev1", "where will dso land this month?")).get(0);

        assertThat(reply.text()).startsWith(expected).startsWith("November 2026 DSO is forecast at")
                .contains("Countback DSO:", "Standard DSO:", "AR at month end: ");
    }

    @Test
    void a_dso_question_about_a_past_month_gets_its_actual_dso() {
        Reply reply = engine.handle(said("Ev1", "what's our DSO for last month")).get(0);

        assertThat(reply.text()).startsWith("October 2026 DSO was ");
    }

    @Test
    void why_is_dso_up_names_the_customers_that_moved_it() {
        Reply reply = engine.handle(said("Ev1", "why is dso up this month?")).get(0);

        assertThat(reply.text()).isEqualTo(ForecastAnswers.whyDsoMoved(book, YearMonth.of(2026, 11)).text()
                + reply.text().substring(reply.text().indexOf('\n'))).startsWith("Standard DSO for 2026-11 is ");
    }
}
