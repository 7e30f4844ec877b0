package org.arbot.core.conversation;

import java.util.Optional;

/**
 * Answers a typed question another way than the deterministic answers (a language model planning over the same
 * answers), or declines with an empty result so that the deterministic answer is sent.
 *
 * <p>An assisted answer whose intent {@link Intent#acts() acts} is a proposal: the engine asks for the normal
 * confirmation and never performs it on the assistant's word.
 */
@FunctionalInterface
public interface Assistant {

    Optional<Assisted> answer(AskedQuestion question);

    /** No assistant: every question gets the deterministic answer. */
    static Assistant none() {
        return question -> Optional.empty();
    }

    /**
     * A question as typed, with what the deterministic parser understood and what the conversation has in focus.
     *
     * @param understood the deterministic reading, focus already filled in
     */
    record AskedQuestion(String text, ParsedIntent understood, Optional<String> customerInFocus,
            Optional<String> documentInFocus, String actor) {
    }

    /**
     * The assistant's answer: the intent and entities it answered (or proposes), and the reply to send.
     *
     * @param parsed the last question answered, or the action proposed
     */
    record Assisted(ParsedIntent parsed, Reply reply) {
    }
}
