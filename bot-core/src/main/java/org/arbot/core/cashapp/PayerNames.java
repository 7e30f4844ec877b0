package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Reduces a company name as a bank or a person writes it to canonical tokens: upper case, no punctuation, common
 * abbreviations folded to one form ({@code INDUSTRIAL}, {@code INDS}, {@code IND} all become {@code IND}), legal
 * suffixes and bank noise ({@code INC}, {@code ACH}, {@code ORIG CO NAME}) dropped.
 */
final class PayerNames {

    private static final Set<String> DROPPED = Set.of("INC", "INCORPORATED", "LLC", "L L C", "LTD", "LIMITED", "CORP",
            "CORPORATION", "CO", "COMPANY", "LP", "LLP", "PLC", "GMBH", "AG", "SA", "THE", "AND", "OF", "PC");
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, List<String>> FORMS = new HashMap<>();
    /** Written forms of six letters or more by length, the ones a typo is looked for among. */
    private static final Map<Integer, List<String>> LONG_FORMS = new HashMap<>();

    static {
        canonical("IND", "INDUSTRIES", "INDUSTRIAL", "INDS", "INDUS", "INDUST");
        canonical("INTL", "INTERNATIONAL", "INTERNATL");
        canonical("MFG", "MANUFACTURING", "MANUF", "MANUFACTURERS", "MFRS");
        canonical("DIST", "DISTRIBUTION", "DISTRIBUTORS", "DISTRIBUTING", "DISTR", "DISTRIB", "DISTRIBUTOR");
        canonical("TECH", "TECHNOLOGIES", "TECHNOLOGY", "TECHS");
        canonical("SVC", "SERVICES", "SERVICE", "SVCS", "SERV", "SRVCS");
        canonical("PROD", "PRODUCTS", "PRODUCT", "PRODS");
        canonical("SUPPLY", "SUPPLIES", "SPLY", "SUPP", "SUPPL");
        canonical("ASSOC", "ASSOCIATES", "ASSOCS");
        canonical("BROS", "BROTHERS");
        canonical("AMER", "AMERICA", "AMERICAN", "AMERN");
        canonical("LAB", "LABORATORIES", "LABS", "LABORATORY");
        canonical("HLDG", "HOLDINGS", "HLDGS", "HOLDING");
        canonical("GRP", "GROUP");
        canonical("FOOD", "FOODS");
        canonical("MKT", "MARKETS", "MKTS", "MARKET");
        canonical("STORE", "STORES", "STRS");
        canonical("ENT", "ENTERPRISES", "ENTERPRISE", "ENTPR");
        canonical("SOLN", "SOLUTIONS", "SOLNS", "SOLUTION");
        canonical("MED", "MEDICAL");
        canonical("PHARM", "PHARMACEUTICALS", "PHARMA", "PHARMACEUTICAL");
        canonical("ELEC", "ELECTRIC", "ELECTRICAL", "ELECTRONICS");
        canonical("EQUIP", "EQUIPMENT", "EQPT");
        canonical("HDWR", "HARDWARE", "HDWE", "HDW");
        canonical("WHSL", "WHOLESALE", "WHLSE", "WHOLESALERS");
        canonical("NATL", "NATIONAL");
        canonical("CHEM", "CHEMICALS", "CHEMICAL");
        canonical("MATL", "MATERIALS", "MATLS", "MATERIAL");
        canonical("CONSTR", "CONSTRUCTION", "CONST");
        canonical("LOGIST", "LOGISTICS", "LOGISTIC");
        canonical("PKG", "PACKAGING", "PACKG");
        canonical("BLDG", "BUILDING", "BUILDERS");
        canonical("MTN", "MOUNTAIN");
        canonical("ST", "SAINT");
        canonical("N", "NORTH", "NO");
        canonical("S", "SOUTH", "SO");
        canonical("E", "EAST");
        canonical("W", "WEST");
        canonical("CTR", "CENTER", "CENTRE");
        canonical("ASSN", "ASSOCIATION");
        canonical("AUTO", "AUTOMOTIVE");
    }

    private PayerNames() {
    }

    private static void canonical(String form, String... variants) {
        CANONICAL.put(form, form);
        List<String> forms = FORMS.computeIfAbsent(form, k -> new ArrayList<>());
        forms.add(form);
        for (String v : variants) {
            CANONICAL.put(v, form);
            forms.add(v);
        }
        for (String f : forms) {
            if (f.length() >= 6 && !LONG_FORMS.computeIfAbsent(f.length(), k -> new ArrayList<>()).contains(f)) {
                LONG_FORMS.get(f.length()).add(f);
            }
        }
    }

    /** A name as written, in the two forms it is compared in: canonical tokens, and letters and digits as written. */
    record Written(List<String> tokens, String raw) {
    }

    static Written written(String name) {
        String cleaned = cleaned(name);
        return new Written(tokensOfCleaned(cleaned), compact(cleaned));
    }

    /** Upper case, apostrophes dropped, anything but letters and digits a single space, bank prefixes removed. */
    private static String cleaned(String name) {
        String words = alphanumericWords(name.toUpperCase(Locale.ROOT));
        return words.substring(afterBankPrefix(words));
    }

    /** The runs of ASCII letters and digits in {@code upper}, apostrophes skipped, joined by single spaces. */
    private static String alphanumericWords(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean gap = false;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == '\'') {
                continue;
            }
            if (!isUpperAlphanumeric(c)) {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0) {
                b.append(' ');
            }
            b.append(c);
            gap = false;
        }
        return b.toString();
    }

    private static boolean isUpperAlphanumeric(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Prefixes banks put before the payer's name, in the order they are tried: longer forms before their starts. */
    private static final List<String> BANK_PREFIXES = List.of("ORIG CO NAME", "ORIG NAME", "FROM", "BY ORDER OF",
            "ACH CREDIT", "ACH", "WIRE IN", "WIRE", "EFT", "CTX", "CCD");

    /**
     * Where {@code upper} goes on after a bank prefix and the whitespace behind it, or 0 when it starts with none:
     * what {@code ^(?:prefixes)\s*:?\s+} matches in text that has no {@code ':'}.
     */
    private static int afterBankPrefix(String upper) {
        for (String prefix : BANK_PREFIXES) {
            int end = prefix.length();
            if (upper.startsWith(prefix) && end < upper.length() && isRegexSpace(upper.charAt(end))) {
                while (end < upper.length() && isRegexSpace(upper.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return 0;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The canonical tokens of {@code name}, in order. */
    static List<String> tokens(String name) {
        return tokensOfCleaned(cleaned(name));
    }

    private static List<String> tokensOfCleaned(String upper) {
        List<String> tokens = new ArrayList<>();
        String[] words = upper.split(" ");
        for (int i = 0; i < words.length; i++) {
            String raw = words[i];
            if (raw.isEmpty() || DROPPED.contains(raw)) {
                continue;
            }
            if (i == words.length - 1 && i > 0 && raw.length() <= 3 && isLegalStart(raw)) {
                continue;
            }
            String form = CANONICAL.get(raw);
            if (form == null && i == words.length - 1) {
                form = remembered(TRUNCATED, raw, PayerNames::truncatedForm);
            }
            if (form == null && raw.length() >= 6) {
                form = remembered(MISSPELT, raw, PayerNames::misspeltForm);
            }
            tokens.add(form == null ? raw : form);
        }
        return tokens;
    }

    /** Words already looked up among the known forms; the same words recur across payer names. */
    private static final Map<String, String> TRUNCATED = new ConcurrentHashMap<>();
    private static final Map<String, String> MISSPELT = new ConcurrentHashMap<>();
    private static final int REMEMBERED_WORDS = 100_000;
    private static final String NO_FORM = "";

    private static String remembered(Map<String, String> memo, String word, UnaryOperator<String> lookUp) {
        if (memo.size() > REMEMBERED_WORDS) {
            memo.clear();
        }
        String form = memo.computeIfAbsent(word, w -> Objects.requireNonNullElse(lookUp.apply(w), NO_FORM));
        return form.isEmpty() ? null : form;
    }

    /** The canonical form of a word the bank cut short ({@code INDUSTRI}), when only one form starts that way. */
    private static String truncatedForm(String word) {
        if (word.length() < 3) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> e : CANONICAL.entrySet()) {
            if (e.getKey().startsWith(word)) {
                if (found != null && !found.equals(e.getValue())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** The canonical form of a word one typo away from a known variant ({@code INTERNATOINAL}), if only one is. */
    private static String misspeltForm(String word) {
        String found = null;
        for (int length = word.length() - 1; length <= word.length() + 1; length++) {
            for (String known : LONG_FORMS.getOrDefault(length, List.of())) {
                if (Edits.oneApart(word, known) || Edits.oneInsertApart(word, known)) {
                    String form = CANONICAL.get(known);
                    if (found != null && !found.equals(form)) {
                        return null;
                    }
                    found = form;
                }
            }
        }
        return found;
    }

    /** Whether {@code partial} starts some written form of the canonical word {@code canonical} ({@code SP} of {@code SPLY}). */
    static boolean startsAFormOf(String partial, String canonical) {
        if (canonical.startsWith(partial)) {
            return true;
        }
        for (String form : FORMS.getOrDefault(canonical, List.of())) {
            if (form.startsWith(partial)) {
                return true;
            }
        }
        return false;
    }

    /** Bank name fields are commonly cut at 16 to 35 characters. */
    private static final int CUT_WIDTH = 16;

    /** Whether {@code name} may have been cut by a bank: long enough, and not ending in a legal suffix. */
    static boolean mayBeCut(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replace(':', ' ');
        int start = afterBankPrefix(upper);
        return upper.length() - start >= CUT_WIDTH && !DROPPED.contains(lastAlphanumericRun(upper, start));
    }

    /** The last run of ASCII letters and digits in {@code upper} from {@code start} on; empty when there is none. */
    private static String lastAlphanumericRun(String upper, int start) {
        int end = upper.length();
        while (end > start && !isUpperAlphanumeric(upper.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > start && isUpperAlphanumeric(upper.charAt(from - 1))) {
            from--;
        }
        return upper.substring(from, end);
    }

    /** Whether a bank cut a legal suffix short here ({@code L} of {@code LLC}, {@code IN} of {@code INC}). */
    private static boolean isLegalStart(String word) {
        for (String legal : DROPPED) {
            if (legal.length() > word.length() && legal.startsWith(word) && legal.length() <= 12) {
                return true;
            }
        }
        return false;
    }

    /** The canonical key of {@code name}: its tokens joined by single spaces. */
    static String key(String name) {
        return String.join(" ", tokens(name));
    }

    /** Upper-case letters and digits only, nothing dropped: the form a truncated bank name is a prefix of. */
    static String compact(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toUpperCase(name.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
