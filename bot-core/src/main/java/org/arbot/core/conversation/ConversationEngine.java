package org.arbot.core.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles every turn: drops redeliveries, loads the conversation's state, decides the answer and stores the new state
 * with a compare-and-set, retrying from a fresh load when another turn of the same conversation stored first.
 *
 * <p>When the state store is unreachable the answer is {@link Reply#stateUnavailable()} and nothing is done; a
 * confirmed action runs only after the state that records its confirmation was stored.
 */
public final class ConversationEngine {

    static final int ATTEMPTS = 8;

    private final Conversations conversations;
    private final TurnDecisions decisions;
    private final ConfirmedActions actions;

    public ConversationEngine(Conversations conversations, IntentParser parser, Answers answers, ConfirmedActions actions) {
        this(conversations, parser, answers, actions, Assistant.none());
    }

    /** The same, asking {@code assistant} first for typed questions; its empty answer falls back to {@code answers}. */
    public ConversationEngine(Conversations conversations, IntentParser parser, Answers answers, ConfirmedActions actions,
            Assistant assistant) {
        this.conversations = conversations;
        this.decisions = new TurnDecisions(parser, answers, assistant);
        this.actions = actions;
    }

    public List<Reply> handle(Turn turn) {
        return respond(turn).replies();
    }

    public Handled respond(Turn turn) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ConversationState state;
            try {
                state = conversations.load(turn.conversation());
            } catch (StateUnavailableException e) {
                return new Handled(ParsedIntent.unknown(), List.of(Reply.stateUnavailable()));
            }
            if (state.hasSeen(turn.id())) {
                return new Handled(ParsedIntent.unknown(), List.of());
            }
            Step step = decisions.decide(turn, state);
            boolean stored;
            try {
                stored = conversations.replace(state, step.next().seen(turn.id()));
            } catch (StateUnavailableException e) {
                return new Handled(step.parsed(), List.of(Reply.stateUnavailable()));
            }
            if (stored) {
                List<Reply> replies = new ArrayList<>(step.replies());
                step.action().ifPresent(action -> replies.add(actions.perform(action, turn)));
                return new Handled(step.parsed(), replies);
            }
        }
        return new Handled(ParsedIntent.unknown(),
                List.of(Reply.text("Several messages reached this conversation at once; please send that again.")));
    }
}
