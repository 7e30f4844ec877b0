package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The known names filed under one start of a word, grouped by first word and sorted by their letters as written, so
 * that a payer name is scored only against the names it can fit instead of against the whole bucket.
 */
final class NameBucket {

    private final List<KnownName> names;
    private final Map<String, int[]> byFirstWord = new LinkedHashMap<>();
    private final int[] byRaw;
    private final String[] rawSorted;

    NameBucket(List<KnownName> names) {
        this.names = List.copyOf(names);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            groups.computeIfAbsent(names.get(i).tokens().get(0), k -> new ArrayList<>()).add(i);
        }
        groups.forEach((word, indexes) -> byFirstWord.put(word, indexes.stream().mapToInt(Integer::intValue).toArray()));
        byRaw = IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparing(i -> names.get(i).raw())).mapToInt(Integer::intValue).toArray();
        rawSorted = Arrays.stream(byRaw).mapToObj(i -> names.get(i).raw()).toArray(String[]::new);
    }

    /**
     * The names that may score above 0 against a payer (see {@link NameScore#score}): those whose first word fits
     * the payer's, and, for a long enough payer, those the payer's letters as written are a prefix of. In filing order.
     */
    List<KnownName> fitting(String payerFirstWord, String payerRaw, int minRawPrefix) {
        BitSet chosen = new BitSet(names.size());
        byFirstWord.forEach((word, indexes) -> {
            if (NameScore.firstWordMayFit(payerFirstWord, word)) {
                for (int i : indexes) {
                    chosen.set(i);
                }
            }
        });
        if (payerRaw.length() >= minRawPrefix) {
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
}
