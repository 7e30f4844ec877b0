package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * The alert rules, pure: predicted DSO above the threshold, a week's expected receipts below the floor, a top customer
 * whose days-to-pay over the last 90 days exceeds its average of the 9 months before by more than the allowed slip.
 */
public final class ForecastAlerts {

    static final int RECENT_DAYS = 90;
    static final int EARLIER_DAYS = 365;
    static final int MIN_RECENT = 2;
    static final int MIN_EARLIER = 3;

    private ForecastAlerts() {
    }

    public static List<ForecastAlert> evaluate(ReceivablesBook book, CashForecast forecast, AlertThresholds thresholds) {
        List<ForecastAlert> alerts = new ArrayList<>();
        for (MonthlyDso month : forecast.predictedDso()) {
            if (month.countback().compareTo(thresholds.maxDso()) > 0) {
                alerts.add(new ForecastAlert.PredictedDsoAbove(month.month(), month.countback(), thresholds.maxDso()));
            }
        }
        for (WeekForecast week : forecast.weeks()) {
            if (week.expected().isLessThan(thresholds.weeklyFloor())) {
                alerts.add(new ForecastAlert.ReceiptsBelowFloor(week, thresholds.weeklyFloor()));
            }
        }
        alerts.addAll(slipping(book, thresholds));
        return alerts;
    }

    private static List<ForecastAlert> slipping(ReceivablesBook book, AlertThresholds thresholds) {
        LocalDate asOf = book.asOf();
        LocalDate yearAgo = asOf.minusDays(EARLIER_DAYS);
        LocalDate recentFrom = asOf.minusDays(RECENT_DAYS);
        Map<CustomerId, Money> sales = book.invoices().stream().map(InvoiceHistory::invoice)
                .filter(i -> i.invoiceDate().isAfter(yearAgo))
                .collect(Collectors.toMap(i -> i.customerId(), i -> i.total(), Money::plus));
        List<CustomerId> top = sales.entrySet().stream()
                .sorted(Map.Entry.<CustomerId, Money>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().value()))
                .limit(thresholds.topCustomers()).map(Map.Entry::getKey).toList();
        PayBehaviour behaviour = PayBehaviour.learn(book, Segmentation.byTerms());
        List<ForecastAlert> alerts = new ArrayList<>();
        for (CustomerId customer : top) {
            List<PayBehaviour.Paid> paid = behaviour.paidBy(customer);
            List<Integer> recent = paid.stream().filter(p -> p.paidOn().isAfter(recentFrom)).map(PayBehaviour.Paid::daysToPay).toList();
            List<Integer> earlier = paid.stream().filter(p -> !p.paidOn().isAfter(recentFrom) && p.paidOn().isAfter(yearAgo))
                    .map(PayBehaviour.Paid::daysToPay).toList();
            if (recent.size() < MIN_RECENT || earlier.size() < MIN_EARLIER) {
                continue;
            }
            BigDecimal recentMean = mean(recent);
            BigDecimal earlierMean = mean(earlier);
            if (recentMean.subtract(earlierMean).compareTo(BigDecimal.valueOf(thresholds.slipDays())) > 0) {
                String name = book.customer(customer).map(Customer::name).orElse(customer.value());
                alerts.add(new ForecastAlert.CustomerSlipping(customer, name, earlierMean, recentMean, recent.size()));
            }
        }
        alerts.sort(Comparator.comparing(a -> a instanceof ForecastAlert.CustomerSlipping s ? s.slip().negate() : BigDecimal.ZERO));
        return alerts;
    }

    private static BigDecimal mean(List<Integer> days) {
        return BigDecimal.valueOf(days.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
    }
}
