package org.arbot.cards.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Image;
import org.arbot.cards.Note;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;

/** The answer to a person's question: the sentence, the figures behind it, an optional chart and the sources. */
public final class AnswerCard {

    /** What the card shows; figures are already formatted. */
    public record Answer(String answerId, String question, String answer, List<Fact> figures,
                         Optional<String> chartUrl, String sources) {
    }

    private AnswerCard() {
    }

    public static Card of(Answer a) {
        var body = new ArrayList<Element>(List.of(Header.of(a.question(), "", Tone.NEUTRAL), Text.of(a.answer())));
        if (!a.figures().isEmpty()) {
            body.add(new Facts(a.figures()));
        }
        a.chartUrl().ifPresent(url -> body.add(Image.of(url, "Chart for: " + a.question())));
        body.add(Note.of("Sources: " + a.sources()));
        return Card.of(a.answer(), body, List.of(Action.of("why", "How was this computed?", Map.of("answer", a.answerId()))));
    }
}
