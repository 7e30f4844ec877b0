package org.arbot.core.deductions;

/**
 * Reads why a customer short-paid from the remittance text: reason codes and keywords first, then, for free text no
 * rule recognises, the nearest example phrasing by sentence embeddings. Safe to share between threads.
 */
public final class DeductionClassifier {

    private final EmbeddingReasons embeddings;

    public DeductionClassifier(SentenceEmbeddings embeddings) {
        this.embeddings = new EmbeddingReasons(embeddings);
    }

    /** The reason {@code remittance} gives for a deduction, with its evidence phrase; unknown when it gives none. */
    public Classification classify(String remittance) {
        if (remittance == null || remittance.isBlank()) {
            return Classification.unknown("");
        }
        return ReasonRules.classify(remittance)
                .orElseGet(() -> embeddings.classify(DeductionText.phrase(remittance)));
    }

    /** Whether the text says anything beyond invoice numbers and amounts that could explain a deduction. */
    public static boolean hasExplanation(String remittance) {
        return remittance != null && !DeductionText.phrase(remittance).isBlank();
    }
}
