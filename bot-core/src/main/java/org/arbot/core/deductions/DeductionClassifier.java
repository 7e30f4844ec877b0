package org.arbot.core.deductions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads why a customer short-paid from the remittance text: reason codes and keywords first, then, for free text no
 * rule recognises, the nearest example phrasing by sentence embeddings. Safe to share between threads.
 */
public final class DeductionClassifier {

    /** Distinct remittance texts kept before the memo starts over; a batch asks about one text once per candidate. */
    private static final int MEMO_LIMIT = 100_000;

    private final EmbeddingReasons embeddings;
    private final Map<String, Classification> memo = new ConcurrentHashMap<>();
    private final Map<String, Boolean> explains = new ConcurrentHashMap<>();

    public DeductionClassifier(SentenceEmbeddings embeddings) {
        this.embeddings = new EmbeddingReasons(embeddings);
    }

    /** The reason {@code remittance} gives for a deduction, with its evidence phrase; unknown when it gives none. */
    public Classification classify(String remittance) {
        if (remittance == null || remittance.isBlank()) {
            return Classification.unknown("");
        }
        if (memo.size() > MEMO_LIMIT) {
            memo.clear();
        }
        return memo.computeIfAbsent(remittance, text -> ReasonRules.classify(text)
                .orElseGet(() -> embeddings.classify(DeductionText.phrase(text))));
    }

    /** The example phrasings free text is compared with, every reason's: sentences every classifier embeds. */
    public static List<String> exampleSentences() {
        List<String> all = new ArrayList<>();
        ReasonExamples.BY_REASON.values().forEach(all::addAll);
        return all;
    }

    /** {@link #hasExplanation}, remembered per text like the classifications: a batch asks once per candidate. */
    public boolean explains(String remittance) {
        if (remittance == null || remittance.isBlank()) {
            return false;
        }
        if (explains.size() > MEMO_LIMIT) {
            explains.clear();
        }
        return explains.computeIfAbsent(remittance, DeductionClassifier::hasExplanation);
    }

    /** Whether the text says anything beyond invoice numbers and amounts that could explain a deduction. */
    public static boolean hasExplanation(String remittance) {
        return remittance != null && !DeductionText.phrase(remittance).isBlank();
    }
}
