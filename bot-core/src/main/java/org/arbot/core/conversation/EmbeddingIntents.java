package org.arbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.arbot.core.language.Cosine;

/**
 * Recognises an intent by the nearest example phrasing in sentence-embedding space, for messages no pattern named.
 *
 * <p>An intent is taken only when its best example is similar enough and clearly ahead of every other intent's, because
 * a confident wrong intent costs more than asking the user to rephrase.
 */
final class EmbeddingIntents {

    static final double MIN_SIMILARITY = 0.55;
    static final double MIN_MARGIN = 0.03;

    private record Anchor(Intent intent, float[] vector) {
    }

    private final Function<String, float[]> embeddings;
    private volatile List<Anchor> anchors;

    /** @param embeddings a sentence-embedding model; all vectors it returns have one length */
    EmbeddingIntents(Function<String, float[]> embeddings) {
        this.embeddings = embeddings;
    }

    Optional<ParsedIntent> nearest(String message) {
        if (message.isBlank()) {
            return Optional.empty();
        }
        float[] v = embeddings.apply(message);
        double[] best = new double[Intent.values().length];
        java.util.Arrays.fill(best, -1);
        for (Anchor anchor : anchors()) {
            best[anchor.intent.ordinal()] = Math.max(best[anchor.intent.ordinal()], Cosine.similarity(v, anchor.vector));
        }
        int top = 0;
        for (int i = 1; i < best.length; i++) {
            top = best[i] > best[top] ? i : top;
        }
        double second = -1;
        for (int i = 0; i < best.length; i++) {
            second = i != top ? Math.max(second, best[i]) : second;
        }
        if (best[top] < MIN_SIMILARITY || best[top] - second < MIN_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(new ParsedIntent(Intent.values()[top], java.util.Map.of(), best[top]));
    }

    private List<Anchor> anchors() {
        if (anchors == null) {
            synchronized (this) {
                if (anchors == null) {
                    List<Anchor> all = new ArrayList<>();
                    IntentExamples.BY_INTENT.forEach((intent, phrases) ->
                            phrases.forEach(p -> all.add(new Anchor(intent, embeddings.apply(p)))));
                    anchors = List.copyOf(all);
                }
            }
        }
        return anchors;
    }
}
