package org.arbot.core.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Text;

/**
 * Turns an acting intent into a question the user confirms with "yes" (kept as the pending action), or, for a button
 * press, into the action itself: pressing a card's button is the confirmation.
 */
final class Confirmations {

    private static final Map<Intent, Set<Entity>> REQUIRED = Map.of(
            Intent.APPROVE, Set.of(Entity.DOCUMENT),
            Intent.DECLINE, Set.of(Entity.DOCUMENT),
            Intent.REASSIGN, Set.of(Entity.DOCUMENT, Entity.ASSIGNEE),
            Intent.PROMISE_TO_PAY, Set.of(Entity.CUSTOMER, Entity.AMOUNT, Entity.DATE));

    private Confirmations() {
    }

    /** Whether the action names everything it needs (the document, the assignee, the promise's figures). */
    static boolean complete(ParsedIntent parsed) {
        return parsed.entities().keySet().containsAll(REQUIRED.getOrDefault(parsed.intent(), Set.of()));
    }

    static Step propose(ParsedIntent parsed, Turn turn, ConversationState next) {
        Set<Entity> missing = REQUIRED.getOrDefault(parsed.intent(), Set.of()).stream()
                .filter(e -> !parsed.entities().containsKey(e)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            return Step.say(parsed, Reply.text(missingText(parsed.intent(), missing)), next);
        }
        ConversationState focused = next.withDocument(parsed.entity(Entity.DOCUMENT).or(next::document))
                .withCustomer(parsed.entity(Entity.CUSTOMER).or(next::customer));
        if (turn.input() instanceof TurnInput.Pressed) {
            PendingAction now = new PendingAction(parsed.intent(), parsed.entities(), question(parsed));
            return new Step(parsed, List.of(), focused.withPending(Optional.empty()).answered(parsed.intent(), "pressed"),
                    Optional.of(now));
        }
        String question = question(parsed) + " Reply yes to confirm or no to cancel.";
        Card card = Card.of(question, List.of(Text.of(question)), List.of(
                Action.of("confirm", "Yes", ActionStyle.PRIMARY, Map.of("intent", parsed.intent().name())),
                Action.of("cancel", "No", ActionStyle.DEFAULT, Map.of("intent", parsed.intent().name()))));
        PendingAction pending = new PendingAction(parsed.intent(), parsed.entities(), question);
        return Step.say(parsed, Reply.card(question, card), focused.withPending(Optional.of(pending)));
    }

    private static String question(ParsedIntent p) {
        String document = p.entity(Entity.DOCUMENT).orElse("");
        return switch (p.intent()) {
            case APPROVE -> "Approve " + document + "?";
            case DECLINE -> "Decline " + document + "?";
            case REASSIGN -> "Reassign " + document + " to " + p.entity(Entity.ASSIGNEE).orElse("") + "?";
            case PROMISE_TO_PAY -> "Record that customer " + p.entity(Entity.CUSTOMER).orElse("") + " promised to pay "
                    + p.entity(Entity.AMOUNT).orElse("") + " on " + p.entity(Entity.DATE).orElse("") + "?";
            default -> p.intent() + "?";
        };
    }

    private static String missingText(Intent intent, Set<Entity> missing) {
        return switch (intent) {
            case APPROVE, DECLINE -> "Which one? Name the order or proposal, e.g. \"" + intent.name().toLowerCase()
                    + " SO-1042\".";
            case REASSIGN -> "Reassign what to whom? E.g. \"reassign PRP-12 to @maria\".";
            default -> "To record a promise to pay I need the customer, the amount and the date, e.g. "
                    + "\"Acme promised $12,500 on Friday\". Missing: "
                    + missing.stream().map(Entity::key).sorted().collect(Collectors.joining(", ")) + ".";
        };
    }
}
