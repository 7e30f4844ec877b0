package org.arbot.core.conversation.answers;

import java.util.Locale;
import org.arbot.core.money.Money;

/** Formats money for chat: {@code $12,500.00} for dollars, {@code EUR 1,200.00} otherwise. */
final class MoneyText {

    private MoneyText() {
    }

    static String of(Money money) {
        String digits = String.format(Locale.US, "%,." + money.amount().scale() + "f", money.amount());
        return money.currency().getCurrencyCode().equals("USD") ? "$" + digits : money.currency().getCurrencyCode() + " " + digits;
    }
}
