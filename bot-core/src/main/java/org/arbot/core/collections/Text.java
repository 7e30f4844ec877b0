package org.arbot.core.collections;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.arbot.core.money.Money;

/** How collections texts print amounts: thousands separators at the currency's scale, e.g. {@code 12,500.00}. */
final class Text {

    private Text() {
    }

    static String amount(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(money.amount().scale());
        format.setMaximumFractionDigits(money.amount().scale());
        return format.format(money.amount());
    }
}
