package org.arbot.app.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withPrecision;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.deductions.DeductionClassifier;
import org.junit.jupiter.api.Test;

/**
 * The shipped vectors are the model's own, for exactly the sentences every run embeds. When the examples or the
 * model change, regenerate them: {@code ./mvnw -pl app -am test -Dtest=KnownSentencesTest -Darbot.sentences.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class KnownSentencesTest {

    private static final Path SOURCE = Path.of("src/main/resources/org/arbot/app/language", KnownSentences.RESOURCE);

    @Test
    void storedVectorsAreTheModelsVectorsOfTheDeductionExamples() throws Exception {
        List<String> examples = DeductionClassifier.exampleSentences();
        QuantizedMiniLm model = new QuantizedMiniLm();
        if (Boolean.getBoolean("arbot.sentences.write")) {
            Map<String, float[]> vectors = new LinkedHashMap<>();
            examples.forEach(s -> vectors.put(s, model.embed(s).content().vector()));
            KnownSentences.write(vectors, SOURCE);
            return;
        }
        assertThat(KnownSentences.all().keySet())
                .as("stored sentences (regenerate with -Darbot.sentences.write=true)")
                .containsExactlyInAnyOrderElementsOf(examples);
        for (String sentence : examples) {
            // ONNX kernels may differ in the last bits between CPUs; the classification margins are far wider.
            assertThat(KnownSentences.vectorOf(sentence)).as(sentence)
                    .containsExactly(model.embed(sentence).content().vector(), withPrecision(1e-5f));
        }
    }
}
