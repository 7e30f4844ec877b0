package org.arbot.app.language;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;

/**
 * The quantized all-MiniLM-L6-v2 model and tokenizer of langchain4j's artifact (stored uncompressed by the
 * {@code minilm-model} module), in an ONNX session that runs each sentence on the calling thread. langchain4j's own
 * loader inflates the 23 MB model a kilobyte at a time and leaves the runtime's default thread pool spinning between
 * calls; for a few hundred short phrases that cost more CPU than the inference itself. Same model, same pooling
 * (mean), same vectors.
 */
final class QuantizedMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "org/arbot/minilm/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "org/arbot/minilm/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    QuantizedMiniLm() {
        super(Runnable::run);
        ClassLoader jar = QuantizedMiniLm.class.getClassLoader();
        try (InputStream tokenizer = resource(jar, TOKENIZER); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(modelBytes(jar), options),
                    tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the MiniLM model: " + e.getMessage(), e);
        }
    }

    /** The model file read into one array of its size: the entry is stored, so this is a copy, not an inflation. */
    private static byte[] modelBytes(ClassLoader jar) throws IOException {
        URL url = jar.getResource(MODEL);
        if (url == null) {
            throw new IOException(MODEL + " is not on the class path (minilm-model)");
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (size <= 0 || size > Integer.MAX_VALUE) {
                return in.readAllBytes();
            }
            byte[] bytes = new byte[(int) size];
            int read = in.readNBytes(bytes, 0, bytes.length);
            if (read != bytes.length) {
                throw new IOException(MODEL + " ended after " + read + " of " + size + " bytes");
            }
            return bytes;
        }
    }

    private static InputStream resource(ClassLoader jar, String name) throws IOException {
        InputStream in = jar.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (minilm-model)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
