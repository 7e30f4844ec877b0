package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.util.Map;
import org.arbot.core.collections.DraftingReminders;
import org.arbot.core.collections.OpenDisputes;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.conversation.Answers;
import org.arbot.core.conversation.Intent;
import org.arbot.core.forecast.CashForecaster;
import org.arbot.core.forecast.ForecastSettings;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.ledger.Ledger;

/** Every question intent answered from the ledger through the project's models: forecast, collections, credit. */
public final class LedgerAnswers {

    private LedgerAnswers() {
    }

    /** The answers with {@link AnswerModels#standalone standalone} models. */
    public static Answers from(Ledger ledger, Clock clock) {
        return from(ledger, clock, AnswerModels.standalone(ledger, clock));
    }

    public static Answers from(Ledger ledger, Clock clock, AnswerModels models) {
        CreditStatus credit = new CreditStatus(ledger, models.credit());
        Forecasts forecasts = new Forecasts(new ReadingReceivables(ledger, clock),
                new CashForecaster(ForecastSettings.standard()));
        RankingCollections ranking = new RankingCollections(ledger, models.promises(), OpenDisputes.none(), clock);
        Askers askers = new Askers(models.people());
        return new Answers(Map.ofEntries(
                Map.entry(Intent.CUSTOMER_SUMMARY, new CustomerSummary(ledger, clock)),
                Map.entry(Intent.AGING, new Aging(ledger, clock)),
                Map.entry(Intent.UNMATCHED_PAYMENTS, new UnmatchedPayments(ledger)),
                Map.entry(Intent.EXPLAIN_SHORT_PAY, new ShortPayExplanation(ledger)),
                Map.entry(Intent.PAYMENT_HISTORY, new PaymentHistory(ledger, clock)),
                Map.entry(Intent.EXPLAIN_DECISION, new DecisionExplanation(credit)),
                Map.entry(Intent.CREDIT_STATUS, credit),
                Map.entry(Intent.DEDUCTIONS, new Deductions(ledger, clock)),
                Map.entry(Intent.MY_QUEUE, new MyQueue(askers, models.pending(), ranking)),
                Map.entry(Intent.PRIORITY_LIST, new PriorityAccounts(ranking, askers)),
                Map.entry(Intent.FORECAST_CASH, new ExpectedCash(forecasts)),
                Map.entry(Intent.FORECAST_DSO, new DsoAnswer(forecasts, clock)),
                Map.entry(Intent.SEND_REMINDER, new ReminderDrafts(ledger,
                        new DraftingReminders(ledger, models.promises(), clock)))),
                new HelpText());
    }
}
