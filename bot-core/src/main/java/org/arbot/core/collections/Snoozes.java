package org.arbot.core.collections;

import java.time.LocalDate;
import org.arbot.core.ar.CustomerId;

/**
 * What people have put aside for a while: an account off the priority lists, the forecast alerts off the alerts
 * channel. A snooze holds until its day (exclusive): snoozed until Dec 4, the account is back on Dec 4's list. A later
 * snooze of the same subject extends it; an earlier one never shortens it.
 */
public interface Snoozes {

    /** The subject of the forecast alerts, posted daily to the alerts channel. */
    String FORECAST_ALERTS = "forecast-alerts";

    /** The subject of a customer's account on the priority lists. */
    static String account(CustomerId customer) {
        return "customer:" + customer.value();
    }

    /** Snoozes {@code subject} until {@code until}, as {@code by} (an arbot person id) asked. */
    void snooze(String subject, LocalDate until, String by);

    /** Whether {@code subject} is snoozed on {@code day}. */
    boolean isSnoozed(String subject, LocalDate day);
}
