package org.arbot.app.cashapp;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;
import org.arbot.core.deductions.SentenceEmbeddings;

/**
 * Sentence embeddings from the all-MiniLM-L6-v2 model (quantized), run in-process and offline through langchain4j;
 * the model is loaded on a background thread from construction, since loading takes seconds.
 */
final class MiniLmSentenceEmbeddings implements SentenceEmbeddings {

    private final CompletableFuture<EmbeddingModel> model =
            CompletableFuture.supplyAsync(AllMiniLmL6V2QuantizedEmbeddingModel::new);

    @Override
    public float[] embed(String text) {
        return model.join().embed(text).content().vector();
    }
}
