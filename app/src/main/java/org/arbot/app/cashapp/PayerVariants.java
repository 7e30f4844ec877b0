package org.arbot.app.cashapp;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Writes a customer name the ways banks report payers: upper case, truncated, abbreviated, suffix dropped, a typo. */
final class PayerVariants {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("INDUSTRIAL", "IND"), Map.entry("DISTRIBUTORS", "DIST"), Map.entry("PRODUCTS", "PRODS"),
            Map.entry("SERVICES", "SVCS"), Map.entry("MANUFACTURING", "MFG"), Map.entry("INTERNATIONAL", "INTL"),
            Map.entry("TECHNOLOGY", "TECH"), Map.entry("EQUIPMENT", "EQUIP"), Map.entry("HARDWARE", "HDWE"),
            Map.entry("WHOLESALE", "WHLSE"), Map.entry("SUPPLY", "SPLY"), Map.entry("COMPANY", "CO"),
            Map.entry("BROTHERS", "BROS"), Map.entry("ENTERPRISES", "ENT"), Map.entry("ASSOCIATES", "ASSOC"),
            Map.entry("SOLUTIONS", "SOLNS"), Map.entry("LABORATORY", "LAB"), Map.entry("PACKAGING", "PKG"),
            Map.entry("CHEMICAL", "CHEM"), Map.entry("LOGISTICS", "LOGISTIC"), Map.entry("MEDICAL", "MED"),
            Map.entry("BUILDING", "BLDG"), Map.entry("GROUP", "GRP"), Map.entry("MARKETS", "MKTS"), Map.entry("STORES", "STRS"));

    private final Random random;

    PayerVariants(Random random) {
        this.random = random;
    }

    String of(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return switch (random.nextInt(10)) {
            case 0 -> name;
            case 1 -> upper;
            case 2 -> truncate(upper.replace(",", "").replace(".", ""), 16 + random.nextInt(8));
            case 3 -> abbreviate(upper);
            case 4 -> dropLegal(upper);
            case 5 -> "ORIG CO NAME:" + truncate(abbreviate(dropLegal(upper)), 16);
            case 6 -> typo(dropLegal(upper));
            case 7 -> truncate(abbreviate(upper.replace(",", "")), 18);
            case 8 -> dropLegal(name).toLowerCase(Locale.ROOT);
            default -> abbreviate(dropLegal(upper)).replace(" ", random.nextBoolean() ? " " : "  ");
        };
    }

    private static String truncate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width);
    }

    private static String abbreviate(String upper) {
        StringBuilder b = new StringBuilder();
        for (String word : upper.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(ABBREVIATIONS.getOrDefault(word.replace(",", ""), word));
        }
        return b.toString();
    }

    private static String dropLegal(String s) {
        return s.replaceAll("(?i),? (INC\\.?|LLC|CORP\\.?|CO\\.|LTD)$", "");
    }

    /** One letter swapped with its neighbour or replaced, in the longest word (six letters or more). */
    private String typo(String s) {
        String[] words = s.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 6) {
            return s;
        }
        int at = 3 + random.nextInt(w.length() - 4);
        char[] c = w.toCharArray();
        if (random.nextBoolean()) {
            char t = c[at];
            c[at] = c[at + 1];
            c[at + 1] = t;
        } else {
            c[at] = (char) ('A' + random.nextInt(26));
        }
        words[longest] = new String(c);
        return String.join(" ", words);
    }
}
