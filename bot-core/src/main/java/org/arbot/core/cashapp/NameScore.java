package org.arbot.core.cashapp;

import java.util.List;

/**
 * Scores how well a payer name as the bank reports it fits one known name of a customer (0 when it does not),
 * allowing for truncation, abbreviation, dropped trailing words and a typo in a longer word.
 */
final class NameScore {

    private NameScore() {
    }

    record Scored(double score, String how) {
    }

    static final Scored NONE = new Scored(0, "");

    /** A payer's letters as written must be at least this long to count as a name the bank cut short. */
    static final int MIN_RAW_PREFIX = 12;
    /** A payer's canonical letters must be at least this long to count as a name the bank cut short. */
    static final int MIN_COMPACT_PREFIX = 10;

    /**
     * Whether a payer's word can stand, at the same position, for a known name's word in a name {@link #score}
     * accepts word by word: equal, one a prefix of the other (cut short), an abbreviation, or one typo apart.
     * A cheap test that lets most names be skipped; it never says no to a word {@link #score} would accept.
     */
    static boolean wordMayFit(String payerWord, String knownWord) {
        return payerWord.startsWith(knownWord) || knownWord.startsWith(payerWord)
                || PayerNames.startsAFormOf(payerWord, knownWord)
                || (payerWord.length() >= 5 && (Edits.oneApart(payerWord, knownWord) || Edits.oneInsertApart(payerWord, knownWord)));
    }

    /**
     * @param payerCompact the payer's canonical tokens without spaces
     * @param payerRaw the payer's letters and digits as written
     * @param mayBeCut whether the payer name is long enough to have been cut by a bank and ends in no legal suffix
     * @param knownRaw the known name's letters and digits as written
     */
    static Scored score(List<String> payer, String payerCompact, String payerRaw, boolean mayBeCut, List<String> known,
            String knownCompact, String knownRaw) {
        if (payer.isEmpty() || known.isEmpty()) {
            return NONE;
        }
        if (payer.equals(known)) {
            return new Scored(0.97, "name matches");
        }
        if ((payerCompact.length() >= MIN_COMPACT_PREFIX && knownCompact.startsWith(payerCompact))
                || (payerRaw.length() >= MIN_RAW_PREFIX && knownRaw.startsWith(payerRaw))) {
            return new Scored(0.93, "name truncated by the bank");
        }
        int n = payer.size();
        int m = known.size();
        int typos = 0;
        int common = Math.min(n, m);
        for (int i = 0; i < common; i++) {
            String p = payer.get(i);
            String k = known.get(i);
            if (p.equals(k)) {
                continue;
            }
            boolean last = i == n - 1;
            if (last && p.length() >= 2 && PayerNames.startsAFormOf(p, k)) {
                continue;
            }
            if (p.length() >= 5 && (Edits.oneApart(p, k) || Edits.oneInsertApart(p, k))) {
                typos++;
                continue;
            }
            return NONE;
        }
        double penalty = 0.04 * typos;
        if (n == m) {
            return new Scored(0.95 - penalty, typos > 0 ? "name with a typo" : "name abbreviated");
        }
        if (n < m) {
            boolean cut = mayBeCut;
            return new Scored((cut ? 0.9 : 0.8) - penalty, cut ? "name cut short" : "first words of the name");
        }
        return new Scored(0.88 - penalty, "name followed by extra words");
    }
}
