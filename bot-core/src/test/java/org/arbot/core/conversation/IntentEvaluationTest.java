package org.arbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The offline parser against the evaluation set, with patterns alone (no embedding model in bot-core). */
class IntentEvaluationTest {

    final IntentEvaluation evaluation = IntentEvaluation.load();
    final IntentScores scores = evaluation.run(text -> new float[1]);

    @Test
    void the_evaluation_set_has_at_least_150_utterances_covering_every_intent() {
        assertThat(evaluation.examples()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(scores.perIntent().keySet()).containsExactlyInAnyOrder(Intent.values());
    }

    @Test
    void the_parser_reaches_95_percent_intent_accuracy_and_90_percent_exact_entities() {
        String misses = scores.misses().stream()
                .map(o -> o.example().intent() + " | " + o.example().text() + " | " + o.example().entities()
                        + "  =>  " + o.parsed().intent() + " " + o.parsed().entities())
                .collect(Collectors.joining("\n"));
        System.out.println(scores.report() + "\n" + misses);

        assertThat(scores.intentAccuracy()).as(misses).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.entityExactMatch()).as(misses).isGreaterThanOrEqualTo(0.90);
    }
}
