package org.arbot.core.conversation.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces personal data with placeholders before text leaves the process, and puts it back in what comes in.
 *
 * <p>Hidden: e-mail addresses, IBANs, phone numbers, bank account and routing numbers, and the names of people, known
 * ones (arbot's users) and those a remittance signs with ("Attn: Jane Doe"). The same value always gets the same
 * placeholder within one instance, so the model can refer to it; one instance serves one turn. Company names are not
 * personal data and stay.
 */
final class Pseudonyms {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(PERSON|EMAIL|PHONE|ACCOUNT)_(\\d+)]");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\d{2,4}[ .-])\\d{3,4}[ .-]?\\d{3,4}(?![\\w-])");
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?i)(?<=\\b(?:account|acct|a/c|routing|aba|sort code)\\b[ .:#]{0,4}(?:no\\.?|number|nr\\.?)?[ .:#]{0,3})\\d[\\d -]{3,}\\d"
            + "|(?<![\\w.,-])\\d{8,17}(?![\\w,]|\\.\\d)");
    private static final Pattern SIGNED = Pattern.compile(
            "\\b(?:[Aa]ttn|[Aa]ttention|[Cc]ontact|[Rr]egards|[Ss]incerely|[Cc]heers|[Ss]igned|[Tt]hank you)[:,.]?\\s+"
            + "([A-Z][a-z]+(?: [A-Z]\\.)?(?: [A-Z][a-z'-]+){1,2})\\b");

    private final List<String> names = new ArrayList<>();
    private final Map<String, String> placeholderByValue = new LinkedHashMap<>();
    private final Map<String, String> valueByPlaceholder = new LinkedHashMap<>();

    /** @param knownNames the names of people to hide wherever they appear, whatever their case */
    Pseudonyms(Collection<String> knownNames) {
        knownNames.stream().filter(n -> n != null && n.trim().length() >= 3).map(String::trim).forEach(names::add);
    }

    /** The text with every piece of personal data replaced by its placeholder, e.g. {@code [EMAIL_1]}. */
    String hide(String text) {
        String hidden = replace(text, EMAIL, "EMAIL");
        hidden = replace(hidden, IBAN, "ACCOUNT");
        hidden = replace(hidden, ACCOUNT, "ACCOUNT");
        hidden = replace(hidden, PHONE, "PHONE");
        SIGNED.matcher(hidden).results().map(r -> r.group(1)).forEach(names::add);
        List<String> longestFirst = names.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : longestFirst) {
            hidden = replace(hidden, Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)",
                    Pattern.CASE_INSENSITIVE), "PERSON");
        }
        return hidden;
    }

    /** The text with the placeholders this instance gave put back; placeholders it never gave stay as they are. */
    String reveal(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(valueByPlaceholder.getOrDefault(m.group(), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** Placeholders in {@code text} this instance never gave: the model made them up. */
    List<String> unknown(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group())
                .filter(p -> !valueByPlaceholder.containsKey(p)).distinct().collect(Collectors.toList());
    }

    private String replace(String text, Pattern pattern, String kind) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder(kind, m.group())));
        }
        return m.appendTail(out).toString();
    }

    private String placeholder(String kind, String value) {
        String key = kind.equals("PERSON") ? value.toLowerCase(java.util.Locale.ROOT) : value;
        return placeholderByValue.computeIfAbsent(key, v -> {
            long same = valueByPlaceholder.keySet().stream().filter(p -> p.startsWith("[" + kind + "_")).count();
            String placeholder = "[" + kind + "_" + (same + 1) + "]";
            valueByPlaceholder.put(placeholder, value);
            return placeholder;
        });
    }
}
