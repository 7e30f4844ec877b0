package org.arbot.core.deductions;

/** Turns a sentence into a vector whose cosine similarity to another sentence's vector reflects closeness of meaning. */
public interface SentenceEmbeddings {

    /** The embedding of {@code text}; every call returns vectors of the same length. */
    float[] embed(String text);

    /** No model: every sentence maps to the same zero vector, so free text stays {@link DeductionReason#UNKNOWN}. */
    static SentenceEmbeddings none() {
        return text -> new float[1];
    }
}
