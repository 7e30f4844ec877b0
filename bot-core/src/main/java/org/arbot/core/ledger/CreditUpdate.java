package org.arbot.core.ledger;

import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/** A change to a customer's credit settings; empty fields are left unchanged. */
public record CreditUpdate(
        CustomerId customerId,
        Optional<Money> creditLimit,
        Optional<String> termsId,
        Optional<Boolean> onHold,
        String reason) {

    public CreditUpdate {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(termsId, "termsId");
        Objects.requireNonNull(onHold, "onHold");
        reason = reason == null ? "" : reason;
    }
}
