package org.arbot.core.conversation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Text;

/** Asks which customer a name meant, remembers the choices, and reads the answer: a number, a name or a button. */
final class Clarifications {

    static final String CHOOSE = "choose";
    private static final int MOST_CHOICES = 6;

    private Clarifications() {
    }

    static Step ask(Reading reading, ConversationState next) {
        List<Clarification.Choice> choices = reading.ambiguous().stream().limit(MOST_CHOICES)
                .map(c -> new Clarification.Choice(c.id().value(), c.name())).toList();
        StringBuilder question = new StringBuilder("Which customer do you mean?");
        List<Action> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            question.append(i == 0 ? " " : ", ").append(i + 1).append(". ").append(choices.get(i).name());
            buttons.add(Action.of(CHOOSE + "-" + (i + 1), choices.get(i).name(), Map.of("customer", choices.get(i).customerId())));
        }
        question.append(". Reply with the number or the name.");
        Card card = Card.of(question.toString(), List.of(Text.of("Which customer do you mean?")), buttons);
        Clarification asked = new Clarification(reading.parsed().intent(), reading.parsed().entities(), choices);
        return Step.say(reading.parsed(), Reply.card(question.toString(), card), next.withClarification(Optional.of(asked)));
    }

    /** The reading the open question resumes with, when this turn answers it. */
    static Optional<Reading> answer(TurnInput input, ConversationState state) {
        if (state.clarification().isEmpty()) {
            return Optional.empty();
        }
        Clarification open = state.clarification().get();
        Optional<Clarification.Choice> chosen = input instanceof TurnInput.Pressed press
                ? open.choices().stream()
                        .filter(c -> press.action().startsWith(CHOOSE) && c.customerId().equals(press.value())).findFirst()
                : chosen(ChatText.of(((TurnInput.Said) input).text()).words(), open.choices());
        return chosen.map(choice -> {
            Map<Entity, String> entities = new EnumMap<>(Entity.class);
            entities.putAll(open.entities());
            entities.put(Entity.CUSTOMER, choice.customerId());
            return new Reading(new ParsedIntent(open.intent(), entities, 1.0), List.of());
        });
    }

    private static Optional<Clarification.Choice> chosen(String words, List<Clarification.Choice> choices) {
        String number = words.replaceAll("^(the |number |#)", "").replaceAll("\\W+$", "");
        if (number.matches("\\d{1,2}")) {
            int index = Integer.parseInt(number) - 1;
            return index >= 0 && index < choices.size() ? Optional.of(choices.get(index)) : Optional.empty();
        }
        return CustomerResolver.among(words, choices);
    }
}
