package org.arbot.core.conversation.answers;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arbot.cards.Fact;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.collections.PriorityLine;
import org.arbot.core.collections.PriorityList;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.governance.Person;

/**
 * Whom to call first, as the collections ranking orders it (overdue amount times the risk of further slippage): the
 * asking collector's own accounts, or every account for an AR manager or someone not known as a collector.
 */
final class PriorityAccounts implements Answerer {

    static final int LISTED = 5;

    private final RankingCollections ranking;
    private final Askers askers;

    PriorityAccounts(RankingCollections ranking, Askers askers) {
        this.ranking = ranking;
        this.askers = askers;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        PriorityList list = collector(askers.of(actor)).map(ranking::forCollector).orElseGet(ranking::forTeam);
        String whose = list.collector().map(c -> "your accounts").orElse("the team's accounts");
        if (list.lines().isEmpty()) {
            return Reply.text("Nothing is overdue on " + whose + "; no one needs a call today.");
        }
        List<Fact> figures = lines(list.lines(), LISTED);
        String sentence = "Call these first on " + whose + " (overdue times the risk of slipping further): "
                + figures.stream().map(Fact::label).collect(Collectors.joining(", ")) + ".";
        return Replies.answer(question, "Priority list", sentence, figures, "collections ranking as of " + list.asOf());
    }

    /** The first {@code n} lines as figures: the account, its overdue amount, risk score and next action. */
    static List<Fact> lines(List<PriorityLine> lines, int n) {
        return lines.stream().limit(n).map(l -> Fact.of(l.customerName(), MoneyText.of(l.overdue()) + " overdue, risk "
                + l.risk().score() + " of 100, next: " + l.nextAction().name().toLowerCase().replace('_', ' ')
                + l.pendingPromise().map(p -> ", promised " + MoneyText.of(p.amount()) + " by " + p.promisedFor()).orElse("")))
                .toList();
    }

    /** A collector's own list; a manager sees the team's. */
    static Optional<CollectorId> collector(Optional<Person> asker) {
        return asker.flatMap(Person::ownAccounts);
    }
}
