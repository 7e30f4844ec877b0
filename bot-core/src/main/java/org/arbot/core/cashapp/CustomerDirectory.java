package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;

/**
 * The customers cash application can attribute a payment to, indexed for finding them from a payer name as banks
 * write it: by canonical name and alias, and by the start of the first word, so no payment scans every customer.
 */
public final class CustomerDirectory {

    private final Map<CustomerId, Customer> byId = new HashMap<>();
    private final Map<String, NameBucket> byPrefix = new HashMap<>();
    private final Map<CustomerId, List<Customer>> children = new HashMap<>();
    /** Name matches per payer name as written: banks repeat the same payer strings day after day. */
    private final Map<String, List<PayerMatch>> seen = new ConcurrentHashMap<>();
    private static final int SEEN_LIMIT = 200_000;

    public CustomerDirectory(Collection<Customer> customers) {
        Map<String, List<KnownName>> filed = new HashMap<>();
        for (Customer c : customers) {
            byId.put(c.id(), c);
            file(KnownName.of(c, c.name(), false), filed);
            for (String alias : c.aliases()) {
                file(KnownName.of(c, alias, true), filed);
            }
            c.parentId().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
        }
        filed.forEach((prefix, names) -> byPrefix.put(prefix, new NameBucket(names)));
    }

    /** Under the start of the first and of the second word, so a typo early in one word still finds the name. */
    private static void file(KnownName name, Map<String, List<KnownName>> filed) {
        List<String> tokens = name.tokens();
        for (int i = 0; i < Math.min(2, tokens.size()); i++) {
            if (i == 1 && prefix(tokens.get(1)).equals(prefix(tokens.get(0)))) {
                break;
            }
            filed.computeIfAbsent(prefix(tokens.get(i)), k -> new ArrayList<>()).add(name);
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
        if (seen.size() > SEEN_LIMIT) {
            seen.clear();
        }
        for (PayerMatch m : seen.computeIfAbsent(payerName, this::byName)) {
            keepBest(found, m);
        }
        List<PayerMatch> ranked = new ArrayList<>(found.values());
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    /** The customers whose names or aliases {@code payerName} fits, with their subsidiaries. */
    private List<PayerMatch> byName(String payerName) {
        Map<CustomerId, PayerMatch> found = new LinkedHashMap<>();
        PayerNames.Written written = PayerNames.written(payerName);
        List<String> tokens = written.tokens();
        String compact = String.join("", tokens);
        String raw = written.raw();
        boolean mayBeCut = PayerNames.mayBeCut(payerName);
        boolean strong = false;
        for (int i = 0; i < Math.min(2, tokens.size()) && !strong; i++) {
            // the second word is only looked up for a typo early in the first
            NameBucket bucket = byPrefix.get(prefix(tokens.get(i)));
            for (KnownName name : bucket == null ? List.<KnownName>of() : bucket.fitting(tokens, compact, raw)) {
                NameScore.Scored s = NameScore.score(tokens, compact, raw, mayBeCut, name.tokens(), name.compact(), name.raw());
                PayerMatch known = found.get(name.customer().id());
                if (s.score() > 0 && (known == null || s.score() > known.score())) {
                    String how = s.how() + (name.alias() ? " (known alias)" : "") + ": '" + payerName + "' ~ " + name.customer().name();
                    found.put(name.customer().id(), new PayerMatch(name.customer().id(), s.score(), how));
                    strong |= s.score() >= 0.9;
                }
            }
        }
        List<PayerMatch> direct = List.copyOf(found.values());
        for (PayerMatch parent : direct) {
            for (Customer child : children.getOrDefault(parent.customerId(), List.of())) {
                keepBest(found, new PayerMatch(child.id(), parent.score() * 0.85,
                        "parent " + parent.customerId() + " pays for subsidiary " + child.name()));
            }
        }
        return List.copyOf(found.values());
    }

    private static void keepBest(Map<CustomerId, PayerMatch> found, PayerMatch match) {
        found.merge(match.customerId(), match, (a, b) -> a.score() >= b.score() ? a : b);
    }
}
