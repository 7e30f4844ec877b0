package org.arbot.core.close;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * The month-end AR check of one period: GL against subledger, the variance, its likely causes and what they leave
 * unexplained.
 */
public record CloseCheck(YearMonth period, List<GlAccount> accounts, Money glBalance, Money subledgerBalance,
        int openItems, List<VarianceCause> causes) {

    /** Whether the books agree, the difference is fully explained, or some of it is not. */
    public enum Status { RECONCILED, EXPLAINED, UNEXPLAINED }

    public CloseCheck {
        Objects.requireNonNull(period, "period");
        accounts = List.copyOf(accounts);
        causes = List.copyOf(causes);
    }

    /** GL minus subledger. */
    public Money variance() {
        return glBalance.minus(subledgerBalance);
    }

    /** The part of the variance no cause explains. */
    public Money unexplained() {
        return causes.stream().map(VarianceCause::amount).reduce(variance(), Money::minus);
    }

    public Status status() {
        if (variance().isZero() && causes.isEmpty()) {
            return Status.RECONCILED;
        }
        return unexplained().isZero() ? Status.EXPLAINED : Status.UNEXPLAINED;
    }
}
