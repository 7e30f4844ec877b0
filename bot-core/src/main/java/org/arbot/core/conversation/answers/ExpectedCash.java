package org.arbot.core.conversation.answers;

import java.time.Period;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.forecast.ForecastAnswers;

/**
 * Cash expected within a horizon (4 weeks unless asked), from the 13-week receipts forecast: expected, low and high
 * for the weeks the horizon covers.
 */
final class ExpectedCash implements Answerer {

    private static final int DEFAULT_WEEKS = 4;

    private final Forecasts forecasts;

    ExpectedCash(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        int weeks = question.entity(Entity.HORIZON).map(ExpectedCash::weeks).orElse(DEFAULT_WEEKS);
        return Replies.answer(question, "Cash forecast", ForecastAnswers.cashExpected(forecasts.cash(), weeks),
                "13-week receipts forecast from open invoices, payment history and recurring billing");
    }

    /** Whole weeks nearest to the horizon, at least one: 30 days is 4 weeks, a quarter (90 days) is 13. */
    static int weeks(String horizon) {
        return Math.max(1, (int) Math.round(Period.parse(horizon).getDays() / 7.0));
    }
}
