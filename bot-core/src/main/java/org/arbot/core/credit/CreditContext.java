package org.arbot.core.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts a caller already knows about the customer; each one given replaces what would be read from the ledger.
 *
 * @param currentBalance the customer's AR balance, in the customer's currency
 * @param daysSalesOutstanding the customer's DSO as the caller computes it
 * @param externalScore a bureau score (300..850 scale)
 */
public record CreditContext(
        Optional<BigDecimal> currentBalance,
        Optional<Integer> daysSalesOutstanding,
        Optional<LocalDate> lastPaymentDate,
        Optional<Integer> externalScore) {

    public CreditContext {
        Objects.requireNonNull(currentBalance, "currentBalance");
        Objects.requireNonNull(daysSalesOutstanding, "daysSalesOutstanding");
        Objects.requireNonNull(lastPaymentDate, "lastPaymentDate");
        Objects.requireNonNull(externalScore, "externalScore");
    }

    public static CreditContext none() {
        return new CreditContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
