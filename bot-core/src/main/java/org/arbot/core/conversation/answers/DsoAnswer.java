package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.forecast.DsoHistory;
import org.arbot.core.forecast.ForecastAnswers;
import org.arbot.core.forecast.ReceivablesBook;

/**
 * DSO for the month a question names (the month a period ends in; this month unless asked): forecast when the month is
 * ahead, actual when it is past; and, when asked why it moved, the customers and invoices that moved it.
 */
final class DsoAnswer implements Answerer {

    private final Forecasts forecasts;
    private final Clock clock;

    DsoAnswer(Forecasts forecasts, Clock clock) {
        this.forecasts = forecasts;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = question.entity(Entity.PERIOD)
                .map(p -> YearMonth.from(ReportingPeriods.range(p, today)[1])).orElse(YearMonth.from(today));
        if (question.entity(Entity.CHANGE).isPresent()) {
            return Replies.answer(question, "Why DSO moved", ForecastAnswers.whyDsoMoved(forecasts.book(), month),
                    "receivables book: DSO of " + month + " against " + month.minusMonths(1) + ", by customer and invoice");
        }
        ReceivablesBook book = forecasts.book();
        return Replies.answer(question, "DSO", ForecastAnswers.dso(month, forecasts.cash(book),
                DsoHistory.of(book, month, month)), "receivables book and the DSO forecast, countback and standard methods");
    }
}
