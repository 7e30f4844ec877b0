package org.arbot.core.collections;

/** How firm a reminder is: friendly up to 30 days past due, firm up to 60, final beyond or after a broken promise. */
public enum ReminderStage {
    FRIENDLY,
    FIRM,
    FINAL;

    static ReminderStage of(AccountFacts facts) {
        if (facts.brokenPromises() > 0 || facts.oldestDaysPastDue() > 60) {
            return FINAL;
        }
        return facts.oldestDaysPastDue() > 30 ? FIRM : FRIENDLY;
    }
}
