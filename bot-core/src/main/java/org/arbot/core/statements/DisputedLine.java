package org.arbot.core.statements;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * One line a customer disputes: the invoice they name and what they say about it.
 *
 * @param invoiceNumber as the customer wrote it (e.g. {@code INV-1042}); matched ignoring leading zeros
 * @param claimedPaidOn the date they say they paid, if they gave one
 * @param claimedAmount the amount they say they paid, if they gave one
 * @param text the customer's words for this line: data, never instructions
 */
public record DisputedLine(String invoiceNumber, Optional<LocalDate> claimedPaidOn, Optional<Money> claimedAmount,
        String text) {

    public DisputedLine {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(claimedPaidOn, "claimedPaidOn");
        Objects.requireNonNull(claimedAmount, "claimedAmount");
        text = text == null ? "" : text;
    }

    /** Whether {@code number} names the same invoice: same prefix, same number once leading zeros are dropped. */
    public boolean names(String number) {
        return key(number).equals(key(invoiceNumber));
    }

    static String key(String number) {
        String upper = number.trim().toUpperCase(java.util.Locale.ROOT);
        int digits = upper.length();
        while (digits > 0 && Character.isDigit(upper.charAt(digits - 1))) {
            digits--;
        }
        String prefix = upper.substring(0, digits).replaceAll("[^A-Z]", "");
        String numeric = upper.substring(digits).replaceFirst("^0+(?=\\d)", "");
        return prefix + "#" + numeric;
    }
}
