package org.arbot.app.conversation;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.function.Function;

/**
 * Sentence embeddings for the intent parser's fallback: all-MiniLM-L6-v2 (quantized) run in-process through
 * langchain4j, no network. The model loads on first use (a few seconds), since most messages are recognised by
 * patterns and never need it.
 */
final class Embeddings implements Function<String, float[]> {

    private volatile EmbeddingModel model;

    private Embeddings() {
    }

    static Function<String, float[]> offline() {
        return new Embeddings();
    }

    @Override
    public float[] apply(String text) {
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        if (model == null) {
            synchronized (this) {
                if (model == null) {
                    quietModelLoading();
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
            }
        }
        return model;
    }

    /** The ONNX runtime logs GPU probing at WARN on every load; on a command's output that is noise. */
    private static void quietModelLoading() {
        if (org.slf4j.LoggerFactory.getLogger("ai.djl") instanceof ch.qos.logback.classic.Logger djl) {
            djl.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
