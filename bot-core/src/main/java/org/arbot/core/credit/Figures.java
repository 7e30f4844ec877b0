package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.arbot.core.money.Money;

/** How reasons print numbers: amounts with thousands separators at the currency's scale, percentages to one decimal. */
final class Figures {

    private Figures() {
    }

    /** {@code 57500.00 USD} prints as {@code 57,500.00}. */
    static String amount(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(money.amount().scale());
        format.setMaximumFractionDigits(money.amount().scale());
        return format.format(money.amount());
    }

    /** {@code part / whole} as a percentage, e.g. {@code 15} or {@code 26.7}; zero when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Whether {@code value} lies within 5 % of {@code threshold}: a decision there could flip on a small change. */
    static boolean borderline(BigDecimal value, BigDecimal threshold) {
        if (threshold.signum() == 0) {
            return false;
        }
        BigDecimal distance = value.subtract(threshold).abs().divide(threshold.abs(), 4, RoundingMode.HALF_UP);
        return distance.compareTo(new BigDecimal("0.05")) < 0;
    }
}
