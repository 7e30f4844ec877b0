package org.arbot.core.conversation;

import java.util.EnumMap;
import java.util.Map;

/** Which {@link Answerer} answers which intent; intents without one get the help text. */
public final class Answers {

    private final Map<Intent, Answerer> byIntent;
    private final Answerer fallback;

    public Answers(Map<Intent, Answerer> byIntent, Answerer fallback) {
        this.byIntent = byIntent.isEmpty() ? Map.of() : new EnumMap<>(byIntent);
        this.fallback = fallback;
    }

    /** The answer to a question whose entities are complete, read from data. */
    public Reply answer(ParsedIntent question, String actor) {
        return byIntent.getOrDefault(question.intent(), fallback).answer(question, actor);
    }
}
