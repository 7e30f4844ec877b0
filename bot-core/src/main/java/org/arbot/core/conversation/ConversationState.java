package org.arbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot remembers about one conversation between turns.
 *
 * @param version the stored version this state was loaded at; 0 when nothing is stored
 * @param customer the customer in focus (its ledger id), for follow-ups such as "and their oldest invoice?"
 * @param document the document in focus (invoice, order, payment or proposal), for "approve it"
 * @param lastIntent the intent answered last, for follow-ups that name only a new customer
 * @param lastAnswer the text of the last answer
 * @param seenTurns the most recent turn ids handled, oldest first, at most {@link #SEEN_TURNS_KEPT}
 */
public record ConversationState(
        ConversationId id,
        long version,
        Optional<String> customer,
        Optional<String> document,
        Optional<PendingAction> pending,
        Optional<Clarification> clarification,
        Optional<Intent> lastIntent,
        String lastAnswer,
        List<String> seenTurns) {

    /** Redeliveries come within minutes; remembering the last hundred turns of a thread is plenty. */
    public static final int SEEN_TURNS_KEPT = 100;

    public ConversationState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(clarification, "clarification");
        Objects.requireNonNull(lastIntent, "lastIntent");
        lastAnswer = lastAnswer == null ? "" : lastAnswer;
        seenTurns = List.copyOf(seenTurns);
    }

    public static ConversationState fresh(ConversationId id) {
        return new ConversationState(id, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", List.of());
    }

    public boolean hasSeen(TurnId turn) {
        return seenTurns.contains(turn.value());
    }

    /** This state with {@code turn} remembered, dropping the oldest ids beyond {@link #SEEN_TURNS_KEPT}. */
    public ConversationState seen(TurnId turn) {
        List<String> ids = new ArrayList<>(seenTurns);
        ids.remove(turn.value());
        ids.add(turn.value());
        List<String> kept = ids.subList(Math.max(0, ids.size() - SEEN_TURNS_KEPT), ids.size());
        return new ConversationState(id, version, customer, document, pending, clarification, lastIntent, lastAnswer, kept);
    }

    public ConversationState withCustomer(Optional<String> focus) {
        return new ConversationState(id, version, focus, document, pending, clarification, lastIntent, lastAnswer, seenTurns);
    }

    public ConversationState withDocument(Optional<String> focus) {
        return new ConversationState(id, version, customer, focus, pending, clarification, lastIntent, lastAnswer, seenTurns);
    }

    public ConversationState withPending(Optional<PendingAction> action) {
        return new ConversationState(id, version, customer, document, action, clarification, lastIntent, lastAnswer, seenTurns);
    }

    public ConversationState withClarification(Optional<Clarification> question) {
        return new ConversationState(id, version, customer, document, pending, question, lastIntent, lastAnswer, seenTurns);
    }

    public ConversationState answered(Intent intent, String answer) {
        return new ConversationState(id, version, customer, document, pending, clarification, Optional.of(intent), answer,
                seenTurns);
    }

    /** The same state as stored at {@code storedVersion}; stores use this when they load. */
    public ConversationState atVersion(long storedVersion) {
        return new ConversationState(id, storedVersion, customer, document, pending, clarification, lastIntent, lastAnswer,
                seenTurns);
    }
}
