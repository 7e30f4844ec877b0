package org.arbot.app.language;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MiniLM vectors of sentences every run embeds (the deduction reasons' example phrasings), shipped with the app so
 * that a run embeds only the text it reads: computing them took a command most of its embedding time. The file is
 * written by the model itself ({@code KnownSentencesTest}, which also fails when it no longer matches the model or
 * the examples). Format: sentence count, then per sentence its UTF text, dimension and floats.
 */
final class KnownSentences {

    static final String RESOURCE = "minilm-sentences.bin";

    private static final Map<String, float[]> VECTORS = read();

    private KnownSentences() {
    }

    /** A copy of the stored vector of {@code sentence}, or null when it is not stored. */
    static float[] vectorOf(String sentence) {
        float[] vector = VECTORS.get(sentence);
        return vector == null ? null : vector.clone();
    }

    static Map<String, float[]> all() {
        return VECTORS;
    }

    private static Map<String, float[]> read() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        InputStream resource = KnownSentences.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            return vectors;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String sentence = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int k = 0; k < vector.length; k++) {
                    vector[k] = in.readFloat();
                }
                vectors.put(sentence, vector);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return vectors;
    }

    static void write(Map<String, float[]> vectors, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
