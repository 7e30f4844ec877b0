package org.arbot.app.console;

import java.util.List;
import java.util.Optional;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;

/**
 * The console as a chat channel: a person's turn goes to the conversation engine (or, for a decision on a proposal
 * card, to {@link ConsoleDecisions}), and the replies are posted to the room; nothing else decides anything here.
 */
final class ConsoleChannel {

    private final ConversationEngine engine;
    private final ConsoleDecisions decisions;
    private final ConsoleFeed feed;
    private final ConsoleStream stream;

    ConsoleChannel(ConversationEngine engine, ConsoleDecisions decisions, ConsoleFeed feed, ConsoleStream stream) {
        this.engine = engine;
        this.decisions = decisions;
        this.feed = feed;
        this.stream = stream;
    }

    /** Handles one turn and returns the posts it made or updated, in order. */
    List<ConsolePost> take(ConsoleTurn turn) {
        if (turn.action().isPresent()) {
            Optional<List<ConsolePost>> decided = decisions.decide(turn);
            if (decided.isPresent()) {
                stream.changed("decision");
                return decided.get();
            }
        }
        Optional<String> said = turn.text();
        List<ConsolePost> posts = new java.util.ArrayList<>();
        said.ifPresent(text -> posts.add(feed.say(turn.person(), text, Optional.empty(), Optional.empty())));
        Turn engineTurn = said.isPresent()
                ? Turn.said(turn.id(), conversation(turn), turn.person(), Channel.CONSOLE, said.get())
                : Turn.pressed(turn.id(), conversation(turn), turn.person(), Channel.CONSOLE, turn.action().get(),
                        turn.subject());
        Optional<String> replyTo = posts.isEmpty() ? turn.post() : Optional.of(posts.get(0).id());
        for (Reply reply : engine.handle(engineTurn)) {
            posts.add(feed.say(ConsolePost.BOT, reply.text(), reply.card(), replyTo));
        }
        stream.changed("turn");
        return posts;
    }

    /** Each person has their own conversation state (focus, pending confirmation); the room is shared. */
    private static String conversation(ConsoleTurn turn) {
        return "console:" + turn.person();
    }
}
