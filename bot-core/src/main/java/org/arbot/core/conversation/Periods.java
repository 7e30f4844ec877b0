package org.arbot.core.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how far ahead a forecast looks (a horizon, {@code P30D}) and which period a DSO question covers. */
final class Periods {

    private static final Pattern SPAN = Pattern.compile("\\b(\\d{1,3}) ?(day|week|month)s?\\b|\\bnext (week|month|quarter)\\b");
    private static final Pattern PERIOD = Pattern.compile("\\b(last|this) (month|quarter|year)\\b|\\bq([1-4])\\b"
            + "|\\blast (\\d{1,3}) days\\b|\\bytd\\b|year to date");

    private Periods() {
    }

    static Optional<String> horizon(String words) {
        Matcher m = SPAN.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            int per = switch (m.group(2)) {
                case "week" -> 7;
                case "month" -> 30;
                default -> 1;
            };
            return Optional.of("P" + Integer.parseInt(m.group(1)) * per + "D");
        }
        return Optional.of(switch (m.group(3)) {
            case "week" -> "P7D";
            case "month" -> "P30D";
            default -> "P90D";
        });
    }

    static Optional<String> period(String words) {
        Matcher m = PERIOD.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(m.group(1) + "_" + m.group(2));
        }
        if (m.group(3) != null) {
            return Optional.of("Q" + m.group(3));
        }
        if (m.group(4) != null) {
            return Optional.of("P" + m.group(4) + "D");
        }
        return Optional.of("ytd");
    }

    /** The message without day, week and month counts, so "over 90 days" is not read as an amount. */
    static String withoutSpans(String words) {
        return SPAN.matcher(words).replaceAll(" ");
    }
}
