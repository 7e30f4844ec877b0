package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /** The positions of each distinct amount's invoices, oldest due first. */
    private final int[][] indexesByAmount;
    /** Sums of the amounts taken one by one, largest first (each repeated as often as it may be taken). */
    private final long[] runningSum;
    /** Where each distinct amount starts in that sequence. */
    private final int[] start;
    private int maxItems;
    private int budget;
    private final List<int[]> found = new ArrayList<>();

    /** @param balances the open amounts in minor units, oldest due first */
    private ExactSubsets(long[] balances, int maxItems, int budget) {
        long[] positive = new long[balances.length];
        int count = 0;
        for (long b : balances) {
            if (b > 0) {
                positive[count++] = b;
            }
        }
        positive = Arrays.copyOf(positive, count);
        Arrays.sort(positive);
        int n = 0;
        for (int j = positive.length - 1; j >= 0; j--) {
            if (j == positive.length - 1 || positive[j] != positive[j + 1]) {
                n++;
            }
        }
        amounts = new long[n];
        counts = new int[n];
        for (int j = positive.length - 1, k = -1; j >= 0; j--) {
            if (k < 0 || amounts[k] != positive[j]) {
                amounts[++k] = positive[j];
            }
            counts[k]++;
        }
        indexesByAmount = new int[n][];
        for (int k = 0; k < n; k++) {
            indexesByAmount[k] = new int[counts[k]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < balances.length; i++) {
            if (balances[i] > 0) {
                int k = group(balances[i]);
                indexesByAmount[k][filled[k]++] = i;
            }
        }
        start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + Math.min(counts[i], maxItems);
        }
        runningSum = new long[start[n] + 1];
        for (int i = 0, j = 0; i < n; i++) {
            for (int c = 0; c < start[i + 1] - start[i]; c++, j++) {
                runningSum[j + 1] = runningSum[j] + amounts[i];
            }
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
                for (int c = 0; c < take[i]; c++) {
                    chosen.add(search.indexesByAmount[i][c]);
                }
            }
            chosen.sort(null);
            subsets.add(chosen);
        }
        return new Result(subsets, search.budget <= 0);
    }

    /** The position of {@code amount} among the distinct amounts, largest first. */
    private int group(long amount) {
        int low = 0;
        int high = amounts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (amounts[mid] == amount) {
                return mid;
            }
            if (amounts[mid] > amount) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        throw new IllegalStateException("amount " + amount + " was not grouped");
    }

    /**
     * Whether no {@code r} amounts from the {@code i}-th distinct amount on can add up to {@code left}: the largest
     * {@code r} of them sum to less, or the smallest {@code r} to more.
     */
    private boolean unreachable(int i, long left, int r) {
        int from = start[i];
        int end = runningSum.length - 1;
        return end - from < r || left > runningSum[from + r] - runningSum[from] || left < runningSum[end] - runningSum[end - r];
    }

    private void dfs(int i, long left, int items, int[] take) {
        if (left == 0) {
            if (items == maxItems) {
                found.add(take.clone());
            }
            return;
        }
        if (i == amounts.length || items == maxItems || found.size() >= 2 || unreachable(i, left, maxItems - items)
                || --budget <= 0) {
            return;
        }
        long amount = amounts[i];
        for (int c = Math.min(counts[i], maxItems - items); c >= 0; c--) {
            long used = amount * c;
            if (used > left || !worthVisiting(i + 1, left - used, items + c)) {
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

    /**
     * Whether {@link #dfs} at this node would do anything: record an answer or search further. A node it would leave at
     * once costs no budget, so not calling it changes nothing but the cost of the call.
     */
    private boolean worthVisiting(int i, long left, int items) {
        if (left == 0) {
            return items == maxItems;
        }
        return i < amounts.length && items < maxItems && !unreachable(i, left, maxItems - items);
    }
}
