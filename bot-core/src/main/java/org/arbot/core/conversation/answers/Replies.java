package org.arbot.core.conversation.answers;

import java.util.List;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.cards.catalog.AnswerCard;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.forecast.ForecastAnswer;

/** Builds an answer as a card with its text fallback: the sentence, then every figure on its own line. */
final class Replies {

    private Replies() {
    }

    static Reply answer(ParsedIntent question, String title, String sentence, List<Fact> figures, String sources) {
        StringBuilder text = new StringBuilder(sentence);
        figures.forEach(f -> text.append("\n• ").append(f.label()).append(": ").append(f.value()));
        String id = question.intent().name().toLowerCase() + "-" + Integer.toHexString(question.entities().hashCode());
        return Reply.card(text.toString(), AnswerCard.of(new AnswerCard.Answer(id, title, sentence,
                figures.stream().limit(12).toList(), Optional.empty(), sources)));
    }

    /** A forecast model's answer as a card: its sentence and its figures, unchanged. */
    static Reply answer(ParsedIntent question, String title, ForecastAnswer answer, String sources) {
        return answer(question, title, answer.text(),
                answer.figures().stream().map(f -> Fact.of(f.label(), f.value())).toList(), sources);
    }
}
