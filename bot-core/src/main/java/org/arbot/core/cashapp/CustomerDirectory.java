package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;

/**
 * The customers cash application can attribute a payment to, indexed for finding them from a payer name as banks
 * write it: by canonical name and alias, and by the start of the first word, so no payment scans every customer.
 */
public final class CustomerDirectory {

    private record Name(Customer customer, List<String> tokens, String compact, boolean alias) {
    }

    private final Map<CustomerId, Customer> byId = new HashMap<>();
    private final Map<String, List<Name>> byPrefix = new HashMap<>();
    private final Map<CustomerId, List<Customer>> children = new HashMap<>();

    public CustomerDirectory(Collection<Customer> customers) {
        for (Customer c : customers) {
            byId.put(c.id(), c);
            index(new Name(c, PayerNames.tokens(c.name()), PayerNames.compact(c.name()), false));
            for (String alias : c.aliases()) {
                index(new Name(c, PayerNames.tokens(alias), PayerNames.compact(alias), true));
            }
            c.parentId().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
        }
    }

    private void index(Name name) {
        if (!name.tokens.isEmpty()) {
            byPrefix.computeIfAbsent(prefix(name.tokens.get(0)), k -> new ArrayList<>()).add(name);
        }
    }

    private static String prefix(String token) {
        return token.length() <= 3 ? token : token.substring(0, 3);
    }

    public Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /**
     * The customers {@code payerName} may be, best first: learned aliases, names and aliases (truncated, abbreviated,
     * with a typo), and the subsidiaries of a parent company that pays for them.
     */
    List<PayerMatch> identify(String payerName, PayerAliases learned) {
        Map<CustomerId, PayerMatch> found = new LinkedHashMap<>();
        learned.customerFor(payerName).filter(byId::containsKey)
                .ifPresent(id -> found.put(id, new PayerMatch(id, 0.98, "payer '" + payerName + "' learned for " + id)));
        List<String> tokens = PayerNames.tokens(payerName);
        if (!tokens.isEmpty()) {
            String compact = PayerNames.compact(String.join("", tokens));
            for (Name name : byPrefix.getOrDefault(prefix(tokens.get(0)), List.of())) {
                NameScore.Scored s = NameScore.score(tokens, compact, name.tokens, PayerNames.compact(String.join("", name.tokens)));
                if (s.score() > 0) {
                    String how = s.how() + (name.alias ? " (known alias)" : "") + ": '" + payerName + "' ~ " + name.customer.name();
                    keepBest(found, new PayerMatch(name.customer.id(), s.score(), how));
                }
            }
        }
        List<PayerMatch> direct = List.copyOf(found.values());
        for (PayerMatch parent : direct) {
            for (Customer child : children.getOrDefault(parent.customerId(), List.of())) {
                keepBest(found, new PayerMatch(child.id(), parent.score() * 0.99,
                        "parent " + parent.customerId() + " pays for subsidiary " + child.name()));
            }
        }
        List<PayerMatch> ranked = new ArrayList<>(found.values());
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    private static void keepBest(Map<CustomerId, PayerMatch> found, PayerMatch match) {
        found.merge(match.customerId(), match, (a, b) -> a.score() >= b.score() ? a : b);
    }
}
