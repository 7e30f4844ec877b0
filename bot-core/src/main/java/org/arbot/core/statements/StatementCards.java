package org.arbot.core.statements;

import java.util.List;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.StatementCard;

/** Shows a customer statement, and how many of its disputed lines are unresolved, as a card. */
public final class StatementCards {

    private StatementCards() {
    }

    public static Card of(CustomerStatement statement, List<ReconciledLine> reconciled, LocalFormat format) {
        int unresolved = (int) reconciled.stream().filter(r -> r.status() != ReconciledLine.Status.RESOLVED).count();
        List<StatementCard.Line> lines = statement.lines().stream()
                .map(l -> new StatementCard.Line(l.date(), l.document(), l.description(), l.amount().amount(),
                        l.balance().amount()))
                .toList();
        return StatementCard.of(new StatementCard.Statement(statement.customer().id().value(), statement.customer().name(),
                statement.from(), statement.to(), statement.closing().currency().getCurrencyCode(),
                statement.opening().amount(), statement.closing().amount(), unresolved, lines), format);
    }
}
