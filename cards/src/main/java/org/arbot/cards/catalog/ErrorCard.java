package org.arbot.cards.catalog;

import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Header;
import org.arbot.cards.Note;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;

/** Something went wrong: what, why, what the person can do next, and a reference for support. */
public final class ErrorCard {

    /** What the card shows; {@code retryable} adds a "Try again" button carrying the reference. */
    public record Failure(String what, String why, List<String> nextSteps, String reference, boolean retryable) {
    }

    private ErrorCard() {
    }

    public static Card of(Failure e) {
        return Card.of(e.what() + ". " + e.why(),
                List.of(Header.of(e.what(), e.why(), Tone.ATTENTION),
                        Text.of("What to do next:\n\u2022 " + String.join("\n\u2022 ",
                                e.nextSteps().isEmpty() ? List.of("Contact support with the reference below.") : e.nextSteps())),
                        Note.of("Reference " + e.reference())),
                e.retryable() ? List.of(Action.of("retry", "Try again", Map.of("reference", e.reference()))) : List.of());
    }
}
