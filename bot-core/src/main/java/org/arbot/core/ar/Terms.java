package org.arbot.core.ar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Payment terms: due a number of days after the invoice date, with an optional early-payment discount
 * ({@code 2/10 net 30}: 2 % off when paid within 10 days, otherwise due in 30).
 */
public record Terms(String id, int netDays, BigDecimal discountPercent, int discountDays) {

    public Terms {
        Objects.requireNonNull(id, "terms id");
        Objects.requireNonNull(discountPercent, "discount percent");
        if (netDays < 0 || discountDays < 0) {
            throw new IllegalArgumentException("terms " + id + " has negative days");
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("terms " + id + " has discount " + discountPercent + " % outside 0..100");
        }
    }

    public static Terms net(int days) {
        return new Terms("N" + days, days, BigDecimal.ZERO, 0);
    }

    public static Terms discount(BigDecimal percent, int discountDays, int netDays) {
        return new Terms(percent.stripTrailingZeros().toPlainString() + "/" + discountDays + " N" + netDays,
                netDays, percent, discountDays);
    }

    public LocalDate dueDate(LocalDate invoiceDate) {
        return invoiceDate.plusDays(netDays);
    }

    public boolean offersDiscount() {
        return discountPercent.signum() > 0 && discountDays > 0;
    }

    /** The last day the early-payment discount may be taken, when the terms offer one. */
    public Optional<LocalDate> discountCutOff(LocalDate invoiceDate) {
        return offersDiscount() ? Optional.of(invoiceDate.plusDays(discountDays)) : Optional.empty();
    }
}
