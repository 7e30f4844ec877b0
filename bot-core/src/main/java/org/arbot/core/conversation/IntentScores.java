package org.arbot.core.conversation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the parser did on the evaluation set: intent accuracy per intent and exact entity matches. */
public record IntentScores(List<Outcome> outcomes) {

    /** One example and what the parser made of it. */
    public record Outcome(IntentEvaluation.Example example, ParsedIntent parsed) {

        public boolean intentRight() {
            return parsed.intent() == example.intent();
        }

        public boolean entitiesExact() {
            return parsed.entities().equals(example.entities());
        }
    }

    public IntentScores {
        outcomes = List.copyOf(outcomes);
    }

    public double intentAccuracy() {
        return share(outcomes.stream().filter(Outcome::intentRight).count());
    }

    /** The share of all examples whose entities came out exactly as expected, none missing and none extra. */
    public double entityExactMatch() {
        return share(outcomes.stream().filter(Outcome::entitiesExact).count());
    }

    /** Per expected intent: examples, and how many were recognised. */
    public Map<Intent, long[]> perIntent() {
        Map<Intent, long[]> counts = new EnumMap<>(Intent.class);
        for (Outcome o : outcomes) {
            long[] c = counts.computeIfAbsent(o.example().intent(), i -> new long[2]);
            c[0]++;
            c[1] += o.intentRight() ? 1 : 0;
        }
        return counts;
    }

    public List<Outcome> misses() {
        return outcomes.stream().filter(o -> !o.intentRight() || !o.entitiesExact()).toList();
    }

    /** The table {@code arbot bench intents} prints. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-20s %8s %8s %9s%n", "intent", "examples", "correct", "accuracy"));
        perIntent().forEach((intent, c) -> out.append(String.format("%-20s %8d %8d %8.1f %%%n", intent, c[0], c[1],
                100.0 * c[1] / c[0])));
        out.append(String.format("%nintent accuracy     %6.1f %% of %d utterances%n", 100 * intentAccuracy(), outcomes.size()));
        out.append(String.format("entity exact match  %6.1f %%%n", 100 * entityExactMatch()));
        return out.toString();
    }

    private double share(long count) {
        return outcomes.isEmpty() ? 0 : (double) count / outcomes.size();
    }
}
