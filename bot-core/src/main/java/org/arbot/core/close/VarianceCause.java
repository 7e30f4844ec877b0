package org.arbot.core.close;

import java.util.List;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * One likely cause of a difference between the GL control account and the AR subledger, with the amount it explains
 * (GL minus subledger) and the records behind it.
 */
public record VarianceCause(Kind kind, Money amount, List<String> records, String explanation) {

    /** The usual suspects, in the order the card lists them. */
    public enum Kind {
        /** Journal entries made by hand to the AR account, which the subledger never sees. */
        MANUAL_JOURNAL_ENTRY,
        /** Subledger documents dated in one period and posted to the GL in another. */
        POSTED_IN_ANOTHER_PERIOD,
        /** Payments received and posted to the AR account but not applied to any invoice. */
        UNAPPLIED_CASH,
        /** Revaluation of foreign-currency receivables, posted to the GL only. */
        CURRENCY_REVALUATION
    }

    public VarianceCause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        records = List.copyOf(records);
        Objects.requireNonNull(explanation, "explanation");
    }
}
