package org.arbot.core.conversation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of values an intent can carry; {@link #key()} is the name used in the evaluation set and JSON output. */
public enum Entity {
    /** A customer id from the ledger, resolved from the name typed. */
    CUSTOMER,
    /** A payment or bank line reference. */
    PAYMENT,
    /** An invoice, order or proposal number. */
    DOCUMENT,
    /** Who to reassign to: a mention id or a name. */
    ASSIGNEE,
    /** An amount as a plain decimal with two places, e.g. {@code 5000.00}. */
    AMOUNT,
    MIN_AMOUNT,
    /** An ISO date. */
    DATE,
    /** How far ahead, as an ISO period such as {@code P30D}. */
    HORIZON,
    /** A reporting period such as {@code last_month}, {@code this_quarter} or {@code P90D}. */
    PERIOD,
    /** A deduction reason such as {@code DAMAGE}. */
    REASON,
    /** {@code all} when the question covers every customer. */
    SCOPE,
    /** {@code why} when the question asks what moved a figure ("why is DSO up this month?"). */
    CHANGE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Entity> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
    }
}
