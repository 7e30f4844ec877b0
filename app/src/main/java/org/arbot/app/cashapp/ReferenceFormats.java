package org.arbot.app.cashapp;

import java.util.List;
import java.util.Random;

/** Writes invoice numbers the ways payers quote them: {@code INV-0001234}, {@code 1234}, {@code #1234}, {@code inv 0001234}. */
final class ReferenceFormats {

    private final Random random;

    ReferenceFormats(Random random) {
        this.random = random;
    }

    /** {@code number} is {@code INV-0001234}. */
    String quote(String number) {
        String digits = number.substring(4);
        String bare = digits.replaceFirst("^0+", "");
        return switch (random.nextInt(11)) {
            case 0 -> number;
            case 1 -> "INV" + digits;
            case 2 -> "inv " + digits;
            case 3 -> bare;
            case 4 -> "#" + bare;
            case 5 -> "Invoice " + bare;
            case 6 -> "INV " + bare;
            case 7 -> "INV#" + digits;
            case 8 -> "Inv. No. " + bare;
            case 9 -> digits;
            default -> number.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A list of quoted invoices, with or without the amount paid on each. */
    String list(List<String> numbers, List<String> amounts) {
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "Paying: " : "");
        boolean withAmounts = amounts != null;
        String sep = List.of("; ", ", ", " | ", "\n").get(random.nextInt(4));
        for (int i = 0; i < numbers.size(); i++) {
            b.append(i == 0 ? "" : sep).append(quote(numbers.get(i)));
            if (withAmounts) {
                b.append(random.nextBoolean() ? " " : " $").append(amounts.get(i));
            }
        }
        return b.toString();
    }

    /** The number with one typo: two neighbouring digits swapped or one digit wrong. */
    String typo(String number) {
        char[] c = number.substring(4).replaceFirst("^0+", "").toCharArray();
        int at = random.nextInt(c.length - 1);
        if (random.nextBoolean() && c[at] != c[at + 1]) {
            char t = c[at];
            c[at] = c[at + 1];
            c[at + 1] = t;
        } else {
            int pos = 1 + random.nextInt(c.length - 1);
            c[pos] = (char) ('0' + (c[pos] - '0' + 1 + random.nextInt(9)) % 10);
        }
        String typo = new String(c);
        if (typo.startsWith("0")) {
            return typo(number);
        }
        return random.nextBoolean() ? "INV-" + "0".repeat(Math.max(0, 7 - typo.length())) + typo : typo;
    }

    /** What payers put in the reference when they quote no invoice. */
    String noise() {
        return List.of("", "ACH PMT", "PAYMENT", "CHK " + (10000 + random.nextInt(89999)), "VENDOR PMT", "AP RUN W" + (1 + random.nextInt(52)),
                "EFT CREDIT", "").get(random.nextInt(8));
    }
}
