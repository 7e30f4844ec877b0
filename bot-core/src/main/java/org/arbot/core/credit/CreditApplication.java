package org.arbot.core.credit;

import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * What a new customer's credit application states.
 *
 * @param expectedMonthlyPurchases what the customer expects to buy in a month
 * @param requestedNetDays the payment terms asked for, in days
 * @param externalScore a bureau score, when one was obtained
 */
public record CreditApplication(
        CustomerId customerId,
        Money expectedMonthlyPurchases,
        int yearsInBusiness,
        int requestedNetDays,
        Optional<Integer> externalScore) {

    public CreditApplication {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(expectedMonthlyPurchases, "expectedMonthlyPurchases");
        Objects.requireNonNull(externalScore, "externalScore");
        if (expectedMonthlyPurchases.isNegative() || yearsInBusiness < 0 || requestedNetDays < 0) {
            throw new IllegalArgumentException("a credit application cannot state negative figures: "
                    + expectedMonthlyPurchases + ", " + yearsInBusiness + " years, net " + requestedNetDays);
        }
    }
}
