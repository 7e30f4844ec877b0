package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The known names filed under one start of a word, grouped by their first two words and sorted by their letters as
 * written, so that a payer name is scored only against the names it can fit instead of against the whole bucket.
 */
final class NameBucket {

    /**
     * The names sharing a first word: their distinct second words ({@code ""} for one-word names), each with the two
     * words written together and the names' positions; and, per payer second word seen, the second words it may stand
     * for (payers' second words repeat, and comparing them with every second word was most of a lookup).
     */
    private static final class FirstWord {

        final String first;
        final String[] seconds;
        final String[] joined;
        final int[][] positions;
        private final Map<String, int[]> fittingSeconds = new ConcurrentHashMap<>();

        FirstWord(String first, String[] seconds, String[] joined, int[][] positions) {
            this.first = first;
            this.seconds = seconds;
            this.joined = joined;
            this.positions = positions;
        }

        /** The indexes of the second words {@code payerSecond} may stand for ({@link NameScore#wordMayFit}), or that are absent. */
        int[] secondsFitting(String payerSecond) {
            int[] known = fittingSeconds.get(payerSecond);
            if (known == null) {
                if (fittingSeconds.size() > MEMO_LIMIT) {
                    fittingSeconds.clear();
                }
                known = IntStream.range(0, seconds.length)
                        .filter(j -> seconds[j].isEmpty() || NameScore.wordMayFit(payerSecond, seconds[j])).toArray();
                fittingSeconds.put(payerSecond, known);
            }
            return known;
        }
    }

    private final List<KnownName> names;
    private final List<FirstWord> byWords = new ArrayList<>();
    private final Map<String, List<FirstWord>> fittingGroups = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 20_000;
    private final int[] byRaw;
    private final String[] rawSorted;

    NameBucket(List<KnownName> names) {
        this.names = List.copyOf(names);
        Map<String, Map<String, List<Integer>>> groups = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> tokens = names.get(i).tokens();
            groups.computeIfAbsent(tokens.get(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent(tokens.size() > 1 ? tokens.get(1) : "", k -> new ArrayList<>()).add(i);
        }
        groups.forEach((first, seconds) -> {
            String[] words = seconds.keySet().toArray(String[]::new);
            String[] joined = new String[words.length];
            int[][] positions = new int[words.length][];
            for (int j = 0; j < words.length; j++) {
                joined[j] = first + words[j];
                positions[j] = seconds.get(words[j]).stream().mapToInt(Integer::intValue).toArray();
            }
            byWords.add(new FirstWord(first, words, joined, positions));
        });
        byRaw = IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparing(i -> names.get(i).raw())).mapToInt(Integer::intValue).toArray();
        rawSorted = Arrays.stream(byRaw).mapToObj(i -> names.get(i).raw()).toArray(String[]::new);
    }

    /**
     * The names that may score above 0 against a payer (see {@link NameScore#score}), in filing order: those whose
     * first two words fit the payer's, those whose canonical letters may start with the payer's, and those the
     * payer's letters as written are a prefix of.
     */
    List<KnownName> fitting(List<String> payerTokens, String payerCompact, String payerRaw) {
        BitSet chosen = new BitSet(names.size());
        boolean compactMayFit = payerCompact.length() >= NameScore.MIN_COMPACT_PREFIX;
        String payerSecond = payerTokens.size() < 2 ? null : payerTokens.get(1);
        String payerFirst = payerTokens.get(0);
        for (FirstWord group : groupsFitting(payerFirst)) {
            if (payerSecond == null) {
                choose(group, IntStream.range(0, group.seconds.length).toArray(), chosen);
                continue;
            }
            choose(group, group.secondsFitting(payerSecond), chosen);
            // With the payer's own first word, every name whose two words are prefix-related to the payer's letters
            // has a second word that fits already; and none is when the first word itself is not.
            if (compactMayFit && !group.first.equals(payerFirst) && prefixRelated(group.first, payerCompact)) {
                for (int j = 0; j < group.seconds.length; j++) {
                    if (prefixRelated(group.joined[j], payerCompact)) {
                        choose(group, new int[] {j}, chosen);
                    }
                }
            }
        }
        if (payerRaw.length() >= NameScore.MIN_RAW_PREFIX) {
            int at = Arrays.binarySearch(rawSorted, payerRaw);
            for (int j = at >= 0 ? at : -at - 1; j < rawSorted.length && rawSorted[j].startsWith(payerRaw); j++) {
                chosen.set(byRaw[j]);
            }
        }
        List<KnownName> fit = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            fit.add(names.get(i));
        }
        return fit;
    }

    private static void choose(FirstWord group, int[] secondIndexes, BitSet chosen) {
        for (int j : secondIndexes) {
            for (int i : group.positions[j]) {
                chosen.set(i);
            }
        }
    }

    /**
     * The first-word groups whose word may stand for {@code payerFirst}; remembered, since payers' first words repeat.
     * A name whose canonical letters the payer's may start also has such a first word (one starts the other).
     */
    private List<FirstWord> groupsFitting(String payerFirst) {
        List<FirstWord> known = fittingGroups.get(payerFirst);
        if (known != null) {
            return known;
        }
        if (fittingGroups.size() > MEMO_LIMIT) {
            fittingGroups.clear();
        }
        List<FirstWord> fit = new ArrayList<>();
        for (FirstWord group : byWords) {
            if (NameScore.wordMayFit(payerFirst, group.first)) {
                fit.add(group);
            }
        }
        fittingGroups.put(payerFirst, fit);
        return fit;
    }

    /** Whether one of the two starts the other: a name starting with {@code start} may start with {@code compact}. */
    private static boolean prefixRelated(String start, String compact) {
        return start.startsWith(compact) || compact.startsWith(start);
    }
}
