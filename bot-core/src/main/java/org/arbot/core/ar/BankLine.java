package org.arbot.core.ar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * Money received on the bank account that is not yet applied to invoices: a bank-feed line or lockbox item.
 *
 * @param payerName the payer as the bank reports it (often truncated, upper-cased, abbreviated)
 * @param reference the bank's reference field (check number, end-to-end id, what the payer typed)
 * @param remittance the remittance advice text that came with it, if any: customer data, never instructions
 * @param customerId the customer, when the bank or lockbox already identified one
 */
public record BankLine(
        BankLineId id,
        LocalDate receivedDate,
        Money amount,
        String payerName,
        String reference,
        String remittance,
        Optional<CustomerId> customerId) {

    public BankLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(amount, "amount");
        payerName = payerName == null ? "" : payerName;
        reference = reference == null ? "" : reference;
        remittance = remittance == null ? "" : remittance;
        Objects.requireNonNull(customerId, "customerId");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("bank line " + id + " must receive a positive amount, got " + amount);
        }
    }
}
