package org.arbot.app.language;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.arbot.core.deductions.SentenceEmbeddings;

/**
 * Sentence embeddings from the all-MiniLM-L6-v2 model (quantized), run in-process and offline through langchain4j;
 * the one loader of that model for the intent parser and the deduction classifier. Loading takes seconds, so it
 * happens either in the background from construction (batch commands that will need it) or on first use (the server
 * and chat, where most messages never need it).
 */
public final class MiniLmEmbeddings implements SentenceEmbeddings {

    private final Supplier<EmbeddingModel> model;

    private MiniLmEmbeddings(Supplier<EmbeddingModel> model) {
        this.model = model;
    }

    public static MiniLmEmbeddings loadingInBackground() {
        CompletableFuture<EmbeddingModel> loading = CompletableFuture.supplyAsync(MiniLmEmbeddings::load);
        return new MiniLmEmbeddings(loading::join);
    }

    public static MiniLmEmbeddings loadingOnFirstUse() {
        return new MiniLmEmbeddings(new FirstUse());
    }

    @Override
    public float[] embed(String text) {
        float[] known = KnownSentences.vectorOf(text);
        return known != null ? known : model.get().embed(text).content().vector();
    }

    private static EmbeddingModel load() {
        quietModelLoading();
        optOutOfTracking();
        return new QuantizedMiniLm();
    }

    /** The ONNX runtime logs GPU probing at WARN on every load; on a command's output that is noise. */
    private static void quietModelLoading() {
        if (org.slf4j.LoggerFactory.getLogger("ai.djl") instanceof ch.qos.logback.classic.Logger djl) {
            djl.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /**
     * The tokenizer's library (DJL) looks up cloud instance metadata and reports usage on load unless told not to;
     * a bot holding a company's receivables makes no such calls.
     */
    private static void optOutOfTracking() {
        if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    /** Loads the model once, on the first call, whichever thread makes it. */
    private static final class FirstUse implements Supplier<EmbeddingModel> {

        private volatile EmbeddingModel loaded;

        @Override
        public EmbeddingModel get() {
            if (loaded == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = load();
                    }
                }
            }
            return loaded;
        }
    }
}
