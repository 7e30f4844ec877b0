package org.arbot.core.conversation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides one turn against the state it was loaded with; stores nothing and performs nothing. */
final class TurnDecisions {

    private static final Pattern YES = Pattern.compile("^(yes|y|yep|yeah|yup|confirm(ed)?|do it|go ahead|ok|okay|sure)\\b");
    private static final Pattern NO = Pattern.compile("^(no|n|nope|cancel|stop|don'?t|never ?mind)\\b");
    private static final Set<Intent> ABOUT_A_CUSTOMER = Set.of(Intent.CUSTOMER_SUMMARY, Intent.AGING, Intent.DEDUCTIONS,
            Intent.CREDIT_STATUS, Intent.EXPLAIN_SHORT_PAY, Intent.SEND_REMINDER, Intent.PROMISE_TO_PAY,
            Intent.PAYMENT_HISTORY);
    private static final Set<Intent> ABOUT_A_DOCUMENT = Set.of(Intent.APPROVE, Intent.DECLINE, Intent.REASSIGN,
            Intent.EXPLAIN_DECISION);

    private final IntentParser parser;
    private final Answers answers;
    private final Assistant assistant;

    TurnDecisions(IntentParser parser, Answers answers, Assistant assistant) {
        this.parser = parser;
        this.answers = answers;
        this.assistant = assistant;
    }

    Step decide(Turn turn, ConversationState state) {
        Optional<Step> confirmed = confirmation(turn, state);
        if (confirmed.isPresent()) {
            return confirmed.get();
        }
        Reading reading = Clarifications.answer(turn.input(), state).orElseGet(() -> parser.read(turn.input()));
        ConversationState next = state.withClarification(Optional.empty());
        if (!reading.ambiguous().isEmpty()) {
            return Clarifications.ask(reading, next);
        }
        ParsedIntent parsed = withFocus(reading.parsed(), state);
        Optional<Assistant.Assisted> assisted = assisted(turn, parsed, state);
        if (assisted.isPresent()) {
            return assisted.get().parsed().intent().acts()
                    ? Confirmations.propose(assisted.get().parsed(), turn, next)
                    : focused(assisted.get().parsed(), assisted.get().reply(), next);
        }
        if (parsed.intent().acts()) {
            return Confirmations.propose(parsed, turn, next);
        }
        return focused(parsed, answers.answer(parsed, turn.actor()), next);
    }

    /**
     * The assistant's answer to typed text; not asked for presses, nor for an action the user already named in full.
     * Its proposals go through {@link Confirmations#propose} with a typed turn, so they always wait for "yes".
     */
    private Optional<Assistant.Assisted> assisted(Turn turn, ParsedIntent parsed, ConversationState state) {
        if (!(turn.input() instanceof TurnInput.Said said) || parsed.intent().acts() && Confirmations.complete(parsed)) {
            return Optional.empty();
        }
        return assistant.answer(new Assistant.AskedQuestion(said.text(), parsed, state.customer(), state.document(),
                turn.actor()));
    }

    private static Step focused(ParsedIntent parsed, Reply reply, ConversationState state) {
        ConversationState next = state.withCustomer(parsed.entity(Entity.CUSTOMER).or(state::customer))
                .withDocument(parsed.entity(Entity.DOCUMENT).or(() -> parsed.entity(Entity.PAYMENT)).or(state::document));
        return Step.say(parsed, reply, next);
    }

    private Optional<Step> confirmation(Turn turn, ConversationState state) {
        if (state.pending().isEmpty() || !(turn.input() instanceof TurnInput.Said said)) {
            return Optional.empty();
        }
        String text = ChatText.of(said.text()).words();
        PendingAction pending = state.pending().get();
        ParsedIntent parsed = new ParsedIntent(pending.intent(), pending.entities(), 1.0);
        ConversationState cleared = state.withPending(Optional.empty());
        if (YES.matcher(text).find()) {
            return Optional.of(new Step(parsed, List.of(), cleared.answered(pending.intent(), "confirmed"), Optional.of(pending)));
        }
        if (NO.matcher(text).find()) {
            return Optional.of(Step.say(parsed, Reply.text("Cancelled: " + pending.question().replaceFirst(" Reply yes.*", "")
                    + " Nothing was done."), cleared));
        }
        return Optional.empty();
    }

    /** Fills what a follow-up leaves out ("and their oldest invoice?", "approve it") from the conversation's focus. */
    private static ParsedIntent withFocus(ParsedIntent parsed, ConversationState state) {
        ParsedIntent focused = parsed;
        if (parsed.confidence() == IntentParser.BARE_NAME && parsed.intent() == Intent.CUSTOMER_SUMMARY
                && state.lastIntent().filter(ABOUT_A_CUSTOMER::contains).isPresent()) {
            focused = new ParsedIntent(state.lastIntent().get(), parsed.entities(), parsed.confidence());
        }
        Map<Entity, String> e = new EnumMap<>(Entity.class);
        e.putAll(focused.entities());
        if (ABOUT_A_CUSTOMER.contains(focused.intent()) && !e.containsKey(Entity.CUSTOMER) && !e.containsKey(Entity.SCOPE)
                && !e.containsKey(Entity.PAYMENT) && state.customer().isPresent()) {
            e.put(Entity.CUSTOMER, state.customer().get());
        }
        if (ABOUT_A_DOCUMENT.contains(focused.intent()) && !e.containsKey(Entity.DOCUMENT) && state.document().isPresent()) {
            e.put(Entity.DOCUMENT, state.document().get());
        }
        return new ParsedIntent(focused.intent(), e, focused.confidence());
    }
}
