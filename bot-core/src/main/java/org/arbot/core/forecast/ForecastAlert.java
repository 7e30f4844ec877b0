package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/** Something in the forecast treasury should hear about, with the figures behind it. */
public sealed interface ForecastAlert {

    /** One sentence with the numbers. */
    String reason();

    /** DSO predicted for a coming month above the threshold. */
    record PredictedDsoAbove(YearMonth month, BigDecimal dso, BigDecimal threshold) implements ForecastAlert {
        @Override
        public String reason() {
            return "DSO for " + month + " is forecast at " + dso.toPlainString() + " days, above the threshold of "
                    + threshold.toPlainString() + ".";
        }
    }

    /** A week whose expected receipts fall below the floor. */
    record ReceiptsBelowFloor(WeekForecast week, Money floor) implements ForecastAlert {
        @Override
        public String reason() {
            return "Week " + week.index() + " (" + week.from() + " to " + week.to() + ") expects " + week.expected()
                    + " (range " + week.low() + " to " + week.high() + "), below the floor of " + floor + ".";
        }
    }

    /** A top customer paying more slowly than it used to. */
    record CustomerSlipping(CustomerId customerId, String name, BigDecimal earlierDays, BigDecimal recentDays,
            int recentInvoices) implements ForecastAlert {

        public BigDecimal slip() {
            return recentDays.subtract(earlierDays);
        }

        @Override
        public String reason() {
            return name + " now pays in " + recentDays.toPlainString() + " days on average (" + recentInvoices
                    + " invoices in the last 90 days), up " + slip().toPlainString() + " days from "
                    + earlierDays.toPlainString() + ".";
        }
    }
}
