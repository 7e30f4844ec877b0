package org.arbot.app.conversation;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.language.MiniLmEmbeddings;
import org.arbot.core.conversation.IntentEvaluation;
import org.arbot.core.conversation.IntentScores;

/** {@code arbot bench intents}: runs the offline parser over the evaluation set and prints accuracy per intent. */
public final class BenchIntentsCommand implements Command {

    static final double INTENT_TARGET = 0.95;
    static final double ENTITY_TARGET = 0.90;

    @Override
    public List<String> name() {
        return List.of("bench", "intents");
    }

    @Override
    public String summary() {
        return "measure intent and entity accuracy on the evaluation set";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench intents [--patterns-only] [--misses]

                Parses every utterance of the evaluation set shipped in the jar (intents/evaluation.txt) offline, with
                patterns and in-process sentence embeddings, and prints accuracy per intent and exact entity matches.
                Exits 1 when below the targets (95 % intent accuracy, 90 % exact entities).

                  --patterns-only  leave the embedding model out
                  --misses         list the utterances read wrongly""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of(), Set.of("patterns-only", "misses"));
        Function<String, float[]> embeddings = options.flag("patterns-only") ? text -> new float[1] : MiniLmEmbeddings.loadingOnFirstUse()::embed;
        out.println("Evaluation set (" + IntentEvaluation.RESOURCE + "), "
                + (options.flag("patterns-only") ? "patterns only" : "patterns + all-MiniLM-L6-v2 embeddings, offline"));
        IntentScores scores = score(IntentEvaluation.load(), embeddings, options.flag("misses"), out);
        out.println();
        out.println("Unseen set (" + IntentEvaluation.UNSEEN + "), written after tuning; not a target, shown for honesty");
        score(IntentEvaluation.load(IntentEvaluation.UNSEEN), embeddings, options.flag("misses"), out);
        out.println();
        boolean met = scores.intentAccuracy() >= INTENT_TARGET && scores.entityExactMatch() >= ENTITY_TARGET;
        out.println(met ? "targets met (>= 95 % intent, >= 90 % entity)" : "BELOW TARGET (>= 95 % intent, >= 90 % entity)");
        return met ? OK : FAILED;
    }

    private static IntentScores score(IntentEvaluation evaluation, Function<String, float[]> embeddings, boolean misses,
            PrintStream out) {
        long started = System.nanoTime();
        IntentScores scores = evaluation.run(embeddings);
        out.print(scores.report());
        out.printf("parsed in %d ms, model load included%n", (System.nanoTime() - started) / 1_000_000);
        if (misses) {
            scores.misses().forEach(o -> out.println("  " + o.example().intent() + " | " + o.example().text() + " | "
                    + o.example().entities() + "  =>  " + o.parsed().intent() + " " + o.parsed().entities()));
        }
        return scores;
    }
}
