package org.arbot.app.cashapp;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arbot.core.ar.Terms;

/** Parses payment terms as written in customer files: {@code N30}, {@code Net 45}, {@code 2/10 N30}, {@code 1.5/15 net 60}. */
final class TermsText {

    private static final Pattern DISCOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?\\s*/\\s*(\\d+)[,\\s]*(?:N|NET)\\s*(\\d+)");
    private static final Pattern NET = Pattern.compile("(?:N|NET)\\s*(\\d+)|(\\d+)");

    private TermsText() {
    }

    static Terms parse(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        Matcher d = DISCOUNT.matcher(upper);
        if (d.matches()) {
            return Terms.discount(new BigDecimal(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        }
        Matcher n = NET.matcher(upper);
        if (n.matches()) {
            return Terms.net(Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2)));
        }
        throw new IllegalArgumentException("unreadable terms '" + text + "' (expected e.g. N30 or 2/10 N30)");
    }
}
