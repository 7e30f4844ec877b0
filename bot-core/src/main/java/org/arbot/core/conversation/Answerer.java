package org.arbot.core.conversation;

/** Answers one intent from data; the entities are complete (focus from earlier turns already filled in). */
@FunctionalInterface
public interface Answerer {

    Reply answer(ParsedIntent question, String actor);
}
