package org.arbot.core.deductions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.arbot.core.language.Cosine;

/**
 * Classifies free text by its nearest example phrasing in embedding space; each distinct phrase is embedded once.
 *
 * <p>A phrase is classified only when its best reason is similar enough and clearly ahead of the next one;
 * otherwise it stays {@link DeductionReason#UNKNOWN}, because a wrong reason costs more than an unknown one.
 */
final class EmbeddingReasons {

    static final double MIN_SIMILARITY = 0.42;
    static final double MIN_MARGIN = 0.04;

    private record Anchor(DeductionReason reason, float[] vector) {
    }

    private final SentenceEmbeddings embeddings;
    private volatile List<Anchor> anchors;
    private final Map<String, Classification> cache = new ConcurrentHashMap<>();

    EmbeddingReasons(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** The reason closest to {@code phrase} (already reduced by {@link DeductionText#phrase}), or unknown. */
    Classification classify(String phrase) {
        if (phrase.isBlank()) {
            return Classification.unknown(phrase);
        }
        return cache.computeIfAbsent(phrase, this::nearest);
    }

    private Classification nearest(String phrase) {
        float[] v = embeddings.embed(phrase);
        DeductionReason best = DeductionReason.UNKNOWN;
        double bestScore = -1;
        double[] perReason = new double[DeductionReason.values().length];
        java.util.Arrays.fill(perReason, -1);
        for (Anchor anchor : anchors()) {
            double s = Cosine.similarity(v, anchor.vector);
            int i = anchor.reason.ordinal();
            perReason[i] = Math.max(perReason[i], s);
        }
        double second = -1;
        for (DeductionReason reason : DeductionReason.values()) {
            double s = perReason[reason.ordinal()];
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = reason;
            } else if (s > second) {
                second = s;
            }
        }
        if (bestScore < MIN_SIMILARITY || bestScore - second < MIN_MARGIN) {
            return Classification.unknown(phrase);
        }
        return new Classification(best, phrase, Math.min(0.9, bestScore));
    }

    private List<Anchor> anchors() {
        List<Anchor> loaded = anchors;
        if (loaded == null) {
            synchronized (this) {
                if (anchors == null) {
                    List<Anchor> all = new ArrayList<>();
                    ReasonExamples.BY_REASON.forEach((reason, phrases) ->
                            phrases.forEach(p -> all.add(new Anchor(reason, embeddings.embed(p)))));
                    anchors = List.copyOf(all);
                }
                loaded = anchors;
            }
        }
        return loaded;
    }
}
