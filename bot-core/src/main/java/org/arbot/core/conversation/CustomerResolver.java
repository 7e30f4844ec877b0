package org.arbot.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.arbot.core.ar.Customer;

/**
 * Finds the customer a message names, forgiving case, legal suffixes, possessives and a typo ("acme", "ACME Corp",
 * "harbr foods's"), against the names and aliases the ledger holds.
 *
 * <p>A customer matches when the first distinctive word of its name or alias appears; more matching words rank it
 * higher. Words such as "old" or "prime" only count beside another word of the same name, so "how old are ..." never
 * names "Old Mill Flour Co". When several customers rank equally the match is {@link CustomerMatch.Ambiguous}.
 */
public final class CustomerResolver {

    private static final Set<String> SUFFIXES = Set.of("inc", "llc", "corp", "corporation", "co", "company", "ltd",
            "group", "the", "of", "and", "&", "holdings", "plc", "gmbh");
    private static final Set<String> COMMON = Set.of("old", "new", "first", "last", "next", "this", "that", "all", "any",
            "prime", "top", "best", "open", "pay", "paid", "due", "cash", "order", "credit", "hold", "my", "me", "for",
            "from", "with", "about", "on", "to", "in", "is", "are", "was", "how", "what", "why", "who", "when", "which",
            "much", "many", "show", "list", "give", "send", "tell", "union", "liberty", "golden", "sterling", "summary",
            "aging", "invoice", "invoices", "payment", "payments", "customer", "customers", "we", "us", "our", "they");

    private CustomerResolver() {
    }

    public static CustomerMatch resolve(String message, List<Customer> customers) {
        List<Customer> leaders = leaders(message, customers,
                c -> Stream.concat(Stream.of(c.name()), c.aliases().stream()).toList());
        if (leaders.isEmpty()) {
            return CustomerMatch.None.INSTANCE;
        }
        if (leaders.size() > 1) {
            leaders = closest(message, leaders);
        }
        return leaders.size() == 1 ? new CustomerMatch.Found(leaders.get(0)) : new CustomerMatch.Ambiguous(leaders);
    }

    /**
     * Among customers that tie on distinctive words, the one whose name was typed most fully, when there is one:
     * every word counts, legal suffixes included ("Harbor Foods Group" over "Harbor Foods LLC"), and words left
     * untyped count against ("Harbor Foods LLC" over "Harbor Foods Northwest LLC"). Otherwise all of them, for a
     * clarifying question ("acme" between "Acme Corp" and "Acme Industrial").
     */
    private static List<Customer> closest(String message, List<Customer> leaders) {
        List<String> typed = words(message.toLowerCase(Locale.ROOT).replaceAll("'s\\b", ""));
        java.util.function.ToIntFunction<Customer> fullness = c -> {
            List<String> name = words(c.name().toLowerCase(Locale.ROOT));
            int said = (int) name.stream().filter(w -> typed.stream().anyMatch(t -> same(t, w))).count();
            return said * 100 - (name.size() - said);
        };
        int best = leaders.stream().mapToInt(fullness).max().orElse(0);
        List<Customer> fullest = leaders.stream().filter(c -> fullness.applyAsInt(c) == best).toList();
        return fullest.size() == 1 ? fullest : leaders;
    }

    /** The choice a reply to a clarifying question names, if exactly one. */
    static java.util.Optional<Clarification.Choice> among(String message, List<Clarification.Choice> choices) {
        List<Clarification.Choice> leaders = leaders(message, choices, c -> List.of(c.name()));
        if (leaders.size() > 1) {
            List<String> typed = words(message.toLowerCase(Locale.ROOT));
            java.util.function.ToLongFunction<Clarification.Choice> said =
                    c -> words(c.name().toLowerCase(Locale.ROOT)).stream().filter(typed::contains).count();
            long most = leaders.stream().mapToLong(said).max().orElse(0);
            leaders = leaders.stream().filter(c -> said.applyAsLong(c) == most).toList();
        }
        return leaders.size() == 1 ? java.util.Optional.of(leaders.get(0)) : java.util.Optional.empty();
    }

    private static <T> List<T> leaders(String message, List<T> candidates, java.util.function.Function<T, List<String>> names) {
        List<String> typed = words(message.toLowerCase(Locale.ROOT).replaceAll("'s\\b", ""));
        int best = 0;
        List<T> leaders = new ArrayList<>();
        for (T candidate : candidates) {
            int score = names.apply(candidate).stream().mapToInt(name -> score(distinctive(name), typed)).max().orElse(0);
            if (score > best) {
                best = score;
                leaders.clear();
            }
            if (score == best && score > 0) {
                leaders.add(candidate);
            }
        }
        return leaders;
    }

    /** How many of the name's words were typed, provided its first word was and not every match is a common word. */
    private static int score(List<String> name, List<String> typed) {
        if (name.isEmpty() || typed.stream().noneMatch(t -> same(t, name.get(0)))) {
            return 0;
        }
        int matched = 0;
        boolean distinctive = false;
        for (String word : name) {
            if (typed.stream().anyMatch(t -> same(t, word))) {
                matched++;
                distinctive |= !COMMON.contains(word);
            }
        }
        return distinctive || matched > 1 ? matched : 0;
    }

    private static boolean same(String typed, String word) {
        return typed.equals(word) || word.length() >= 5 && typed.length() >= 4 && !COMMON.contains(typed)
                && !ChatText.KEYWORDS.contains(typed) && EditDistance.between(typed, word) <= 1;
    }

    private static List<String> distinctive(String name) {
        return words(name.toLowerCase(Locale.ROOT)).stream().filter(w -> !SUFFIXES.contains(w) && w.length() >= 2).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^a-z0-9&]+")).filter(w -> !w.isEmpty()).toList();
    }
}
