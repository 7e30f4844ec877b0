package org.arbot.app.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.arbot.cards.Card;

/**
 * The console's one shared room: every post in order, the newest {@value #KEPT} kept. Each change goes to the
 * {@link ConsoleStream}, so every open page sees it.
 */
final class ConsoleFeed {

    static final int KEPT = 500;

    private final Map<String, ConsolePost> posts = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ConsoleStream stream;
    private final Clock clock;

    ConsoleFeed(ConsoleStream stream, Clock clock) {
        this.stream = stream;
        this.clock = clock;
    }

    ConsolePost say(String author, String text, Optional<Card> card, Optional<String> replyTo) {
        ConsolePost post = new ConsolePost("p" + sequence.incrementAndGet(), author, clock.instant(), text, card, replyTo);
        synchronized (posts) {
            posts.put(post.id(), post);
            if (posts.size() > KEPT) {
                posts.remove(posts.keySet().iterator().next());
            }
        }
        stream.posted(post);
        return post;
    }

    /** Applies {@code change} to the post, when it is still kept, and shows the result in place. */
    Optional<ConsolePost> update(String id, UnaryOperator<ConsolePost> change) {
        ConsolePost updated;
        synchronized (posts) {
            ConsolePost current = posts.get(id);
            if (current == null) {
                return Optional.empty();
            }
            updated = change.apply(current);
            posts.put(id, updated);
        }
        stream.posted(updated);
        return Optional.of(updated);
    }

    Optional<ConsolePost> find(String id) {
        synchronized (posts) {
            return Optional.ofNullable(posts.get(id));
        }
    }

    List<ConsolePost> all() {
        synchronized (posts) {
            return new ArrayList<>(posts.values());
        }
    }

    void clear() {
        synchronized (posts) {
            posts.clear();
        }
        stream.cleared();
    }
}
