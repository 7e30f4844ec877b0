package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the smallest sets of open amounts that add up to a payment exactly, to the cent, with a bounded search: two
 * invoices first, then three, up to {@code maxItems}, within {@code budget} steps in all. Invoices with identical
 * amounts count as one choice (the oldest due are taken), so two answers are only reported when they differ in amounts.
 */
final class ExactSubsets {

    /** The answers found (at most two, enough to tell unique from ambiguous) and whether the search was cut short. */
    record Result(List<List<Integer>> subsets, boolean exhausted) {
    }

    private final long[] amounts;
    private final int[] counts;
    private final List<List<Integer>> indexesByAmount;
    private final long[] suffix;
    private int maxItems;
    private int budget;
    private final List<int[]> found = new ArrayList<>();

    /** @param balances the open amounts in minor units, oldest due first */
    private ExactSubsets(long[] balances, int maxItems, int budget) {
        Map<Long, List<Integer>> groups = new TreeMap<>((a, b) -> Long.compare(b, a));
        for (int i = 0; i < balances.length; i++) {
            if (balances[i] > 0) {
                groups.computeIfAbsent(balances[i], k -> new ArrayList<>()).add(i);
            }
        }
        int n = groups.size();
        amounts = new long[n];
        counts = new int[n];
        indexesByAmount = new ArrayList<>(groups.values());
        int k = 0;
        for (Map.Entry<Long, List<Integer>> e : groups.entrySet()) {
            amounts[k] = e.getKey();
            counts[k++] = e.getValue().size();
        }
        suffix = new long[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + amounts[i] * Math.min(counts[i], maxItems);
        }
        this.maxItems = maxItems;
        this.budget = budget;
    }

    static Result find(long[] balances, long target, int maxItems, int budget) {
        ExactSubsets search = new ExactSubsets(balances, maxItems, budget);
        for (int size = 2; size <= maxItems && search.found.isEmpty() && search.budget > 0; size++) {
            search.maxItems = size;
            search.dfs(0, target, 0, new int[search.amounts.length]);
        }
        List<List<Integer>> subsets = new ArrayList<>();
        for (int[] take : search.found) {
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < take.length; i++) {
                chosen.addAll(search.indexesByAmount.get(i).subList(0, take[i]));
            }
            chosen.sort(null);
            subsets.add(chosen);
        }
        return new Result(subsets, search.budget <= 0);
    }

    private void dfs(int i, long left, int items, int[] take) {
        if (left == 0) {
            if (items == maxItems) {
                found.add(take.clone());
            }
            return;
        }
        if (i == amounts.length || items == maxItems || found.size() >= 2 || --budget <= 0 || suffix[i] < left) {
            return;
        }
        for (int c = Math.min(counts[i], maxItems - items); c >= 0; c--) {
            long used = amounts[i] * c;
            if (used > left) {
                continue;
            }
            take[i] = c;
            dfs(i + 1, left - used, items + c, take);
            take[i] = 0;
            if (found.size() >= 2 || budget <= 0) {
                return;
            }
        }
    }
}
