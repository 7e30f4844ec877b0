package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * When the forecast raises an alert.
 *
 * @param maxDso predicted (countback) DSO above this many days alerts
 * @param weeklyFloor a week's expected receipts below this amount alert
 * @param slipDays a top customer whose recent days-to-pay exceeds its earlier average by more than this alerts
 * @param topCustomers how many customers, by sales over the last year, are watched for slipping
 */
public record AlertThresholds(BigDecimal maxDso, Money weeklyFloor, int slipDays, int topCustomers) {

    public AlertThresholds {
        Objects.requireNonNull(maxDso, "maxDso");
        Objects.requireNonNull(weeklyFloor, "weeklyFloor");
        if (slipDays < 0 || topCustomers < 1) {
            throw new IllegalArgumentException("slipDays must be >= 0 and topCustomers >= 1, got " + slipDays + ", " + topCustomers);
        }
    }
}
