package org.arbot.core.language;

/** How alike two sentence embeddings are: the cosine of the angle between them, 0 when either is empty or they differ in size. */
public final class Cosine {

    private Cosine() {
    }

    public static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
