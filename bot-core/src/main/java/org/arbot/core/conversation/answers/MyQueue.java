package org.arbot.core.conversation.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.arbot.cards.Fact;
import org.arbot.core.collections.PriorityList;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Proposal;
import org.arbot.core.work.WaitingProposals;

/**
 * What waits for the asking person: the proposals assigned to them or to the queues of the workflows they decide,
 * oldest first, then their top priority accounts.
 */
final class MyQueue implements Answerer {

    static final int LISTED = 6;
    static final int ACCOUNTS = 3;

    private final Askers askers;
    private final Function<Assignee, List<Proposal>> pending;
    private final RankingCollections ranking;

    MyQueue(Askers askers, Function<Assignee, List<Proposal>> pending, RankingCollections ranking) {
        this.askers = askers;
        this.pending = pending;
        this.ranking = ranking;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        Optional<Person> asker = askers.of(actor);
        if (asker.isEmpty()) {
            return Reply.text("I don't know you as an arbot user, so nothing is assigned to you; an administrator can "
                    + "add your chat id to your person.");
        }
        Person person = asker.get();
        List<Proposal> waiting = new WaitingProposals(pending).of(person);
        List<Fact> figures = new ArrayList<>();
        waiting.stream().limit(LISTED).forEach(p -> figures.add(Fact.of(p.id().value(), p.action().operation() + " "
                + MoneyText.of(p.amount()) + (p.reasons().isEmpty() ? "" : ": " + p.reasons().get(0)))));
        PriorityList accounts = PriorityAccounts.collector(asker).map(ranking::forCollector).orElseGet(ranking::forTeam);
        figures.addAll(PriorityAccounts.lines(accounts.lines(), ACCOUNTS));
        String sentence = person.name() + ", " + waiting.size() + (waiting.size() == 1 ? " proposal waits" : " proposals wait")
                + " for your decision, and " + accounts.lines().size() + " overdue accounts are on "
                + (accounts.collector().isPresent() ? "your" : "the team's") + " priority list.";
        return Replies.answer(question, "Your queue", sentence, figures,
                "proposals pending for you and your workflows' queues; collections ranking as of " + accounts.asOf());
    }
}
