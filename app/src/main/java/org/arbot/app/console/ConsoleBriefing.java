package org.arbot.app.console;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.arbot.cards.Card;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.Workflow;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.ProposalCards;

/**
 * What the bot posts when the first page opens the room, and again after a reset: the work loop's new notices and every
 * proposal still waiting in a workflow queue (as {@link ProposalCards} draws it), then the engine's own
 * answers on the rest of the work (unmatched payments, deductions, the day's priorities), and the DSO with its chart.
 */
final class ConsoleBriefing {

    /** Proposals shown per workflow queue, oldest first; the rest wait for the next briefing. */
    static final int PER_QUEUE = 5;

    static final List<String> QUESTIONS = List.of("unmatched payments", "deductions", "priority list for today");

    private final FindingWork finding;
    private final ProposalCards cards;
    private final Proposals proposals;
    private final TreasuryAlerts alerts;
    private final ConversationEngine engine;
    private final ConsoleFeed feed;

    ConsoleBriefing(FindingWork finding, ProposalCards cards, Proposals proposals, TreasuryAlerts alerts,
            ConversationEngine engine, ConsoleFeed feed) {
        this.finding = finding;
        this.cards = cards;
        this.proposals = proposals;
        this.alerts = alerts;
        this.engine = engine;
        this.feed = feed;
    }

    private final java.util.concurrent.atomic.AtomicBoolean posted = new java.util.concurrent.atomic.AtomicBoolean();

    /** Posts the briefing unless it has been posted since the start or the last {@link #again()}. */
    synchronized void ensurePosted() {
        if (!posted.getAndSet(true)) {
            post();
        }
    }

    /** Posts the briefing afresh, after a reset. */
    synchronized void again() {
        posted.set(true);
        post();
    }

    private void post() {
        try {
            brief();
        } catch (RuntimeException e) {
            feed.say(ConsolePost.BOT, "I could not finish reading the ledger (" + e.getMessage() + "). Try Reset sandbox, "
                    + "or ask me something.", Optional.empty(), Optional.empty());
        }
    }

    private void brief() {
        feed.say(ConsolePost.BOT, "Good morning. Here is what I found in the ledger. Pick who you are above, press the "
                + "buttons, or ask me something, e.g. \"why did Acme short-pay?\" or \"forecast next 4 weeks\".",
                Optional.empty(), Optional.empty());
        for (FoundWork found : finding.find()) {
            if (found.proposal().isEmpty()) {
                feed.say(ConsolePost.BOT, found.card().fallbackText(), Optional.of(found.card()), Optional.empty());
            }
        }
        for (Workflow workflow : Workflow.values()) {
            for (Proposal proposal : proposals.pendingFor(Assignee.queueOf(workflow)).stream().limit(PER_QUEUE).toList()) {
                Card card = cards.card(proposal);
                feed.say(ConsolePost.BOT, card.fallbackText(), Optional.of(card), Optional.empty());
            }
        }
        for (String question : QUESTIONS) {
            Turn turn = Turn.said(UUID.randomUUID().toString(), "console:briefing", ConsolePost.BOT, Channel.CONSOLE, question);
            for (Reply reply : engine.handle(turn)) {
                feed.say(ConsolePost.BOT, reply.text(), reply.card(), Optional.empty());
            }
        }
        for (Card alert : alerts.cards()) {
            feed.say(ConsolePost.BOT, alert.fallbackText(), Optional.of(alert), Optional.empty());
        }
    }
}
