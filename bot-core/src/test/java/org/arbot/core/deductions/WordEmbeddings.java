package org.arbot.core.deductions;

import java.util.Locale;

/** A stand-in for a sentence model in tests: words hashed into a vector, so sentences sharing words are close. */
public final class WordEmbeddings implements SentenceEmbeddings {

    @Override
    public float[] embed(String text) {
        float[] v = new float[256];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() > 2) {
                v[Math.floorMod(word.hashCode(), v.length)] += 1;
            }
        }
        return v;
    }
}
