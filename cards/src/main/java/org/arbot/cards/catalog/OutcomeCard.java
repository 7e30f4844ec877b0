package org.arbot.cards.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.arbot.cards.Card;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Image;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Tone;

/**
 * The state a decided card is updated to in place: the original header and facts, then who decided what and when,
 * and Intacct's result; no buttons remain.
 */
public final class OutcomeCard {

    /** A person's decision on a card and what Intacct answered; {@code intacctResult} is a human sentence. */
    public record Outcome(String decision, String decidedBy, Instant decidedAt, boolean succeeded,
                          String intacctResult, String reference) {
    }

    private OutcomeCard() {
    }

    public static Card of(Card original, Outcome o, LocalFormat f) {
        String title = original.header().map(Header::title).orElse("Decision");
        Tone tone = !o.succeeded() ? Tone.ATTENTION : o.decision().toLowerCase().startsWith("declin") ? Tone.WARNING : Tone.GOOD;
        var body = new ArrayList<Element>();
        body.add(Header.of(title, o.decision() + " by " + o.decidedBy(), tone));
        original.body().stream().filter(e -> e instanceof Facts || e instanceof Image).forEach(body::add);
        body.add(Facts.of(Fact.of("Decision", o.decision()), Fact.of("By", o.decidedBy()),
                Fact.of("When", f.dateTime(o.decidedAt())),
                Fact.of("Intacct", (o.succeeded() ? "Done: " : "Failed: ") + o.intacctResult())));
        body.add(Note.of("Reference " + o.reference()));
        return Card.of(title + ": " + o.decision() + " by " + o.decidedBy() + ". Intacct: " + o.intacctResult(),
                body.subList(0, Math.min(body.size(), Card.MAX_ELEMENTS)), List.of());
    }
}
