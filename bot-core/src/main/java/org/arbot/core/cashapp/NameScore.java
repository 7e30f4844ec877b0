package org.arbot.core.cashapp;

import java.util.List;

/**
 * Scores how well a payer name as the bank reports it fits one known name of a customer (0 when it does not),
 * allowing for truncation, abbreviation, dropped trailing words and a typo in a longer word.
 */
final class NameScore {

    /** Bank name fields are commonly cut at 16 to 35 characters; a name this long that stops at a word may be cut. */
    private static final int CUT_LENGTH = 16;

    private NameScore() {
    }

    record Scored(double score, String how) {
    }

    static final Scored NONE = new Scored(0, "");

    static Scored score(List<String> payer, String payerCompact, List<String> known, String knownCompact) {
        if (payer.isEmpty() || known.isEmpty()) {
            return NONE;
        }
        if (payer.equals(known)) {
            return new Scored(0.97, "name matches");
        }
        if (payerCompact.length() >= 10 && knownCompact.startsWith(payerCompact)) {
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
            if (last && p.length() >= 2 && k.startsWith(p)) {
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
            boolean cut = payerCompact.length() >= CUT_LENGTH - 3;
            return new Scored((cut ? 0.9 : 0.8) - penalty, cut ? "name cut short" : "first words of the name");
        }
        return new Scored(0.88 - penalty, "name followed by extra words");
    }
}
