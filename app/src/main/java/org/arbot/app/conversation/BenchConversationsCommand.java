package org.arbot.app.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Conversations;
import org.arbot.core.conversation.IntentParser;
import org.arbot.core.conversation.Turn;
import org.arbot.core.conversation.TurnId;
import org.arbot.core.conversation.answers.LedgerActions;
import org.arbot.core.conversation.answers.LedgerAnswers;
import redis.clients.jedis.RedisClient;

/**
 * {@code arbot bench conversations}: the state part of a turn (load, then compare-and-set) against plain Redis and
 * against the near-cache, on one replica and on two replicas taking turns, as ratios to plain Redis in the same run.
 */
public final class BenchConversationsCommand implements Command {

    @Override
    public List<String> name() {
        return List.of("bench", "conversations");
    }

    @Override
    public String summary() {
        return "measure conversation state in Redis with and without the near-cache";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench conversations [--turns N] [--conversations C]

                Runs N turns (default 20000) over C conversations (default 200), each a load and a compare-and-set of
                the conversation's state, against the Redis at SPRING_DATA_REDIS_URL (default redis://127.0.0.1:6379),
                under keys of its own that it deletes afterwards. Each scenario runs twice in turn and keeps
                its best. Prints turns per second and the ratio to plain Redis:
                  plain Redis                         RedisConversations, the store used in production
                  near-cache, same replica            every turn of a conversation on one replica (sticky)
                  near-cache, two replicas alternating every turn on the other replica than the last (worst case)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("turns", "conversations"), Set.of());
        int turns = Integer.parseInt(options.value("turns").orElse("20000"));
        int conversations = Integer.parseInt(options.value("conversations").orElse("200"));
        URI url = URI.create(Optional.ofNullable(System.getenv("SPRING_DATA_REDIS_URL")).filter(u -> !u.isBlank())
                .orElse("redis://127.0.0.1:6379"));
        String prefix = "arbot-bench:" + UUID.randomUUID() + ":";
        out.printf("%d turns over %d conversations against %s%n", turns, conversations, url);
        try (RedisClient admin = RedisClient.create(url)) {
            try {
                double plain = 0;
                double sticky = 0;
                double alternating = 0;
                // Twice in turn, keeping the best of each: the first scenario would otherwise pay the JIT for all.
                for (int round = 0; round < 2; round++) {
                    plain = Math.max(plain, timed(prefix + round + ":plain:", turns, conversations, url, false, false));
                    sticky = Math.max(sticky, timed(prefix + round + ":sticky:", turns, conversations, url, true, false));
                    alternating = Math.max(alternating,
                            timed(prefix + round + ":alternating:", turns, conversations, url, true, true));
                }
                out.printf("%-38s %9.0f turns/s  %6.1f µs/turn  1.00x (baseline)%n", "plain Redis", plain, 1e6 / plain);
                out.printf("%-38s %9.0f turns/s  %6.1f µs/turn  %.2fx%n", "near-cache, same replica", sticky, 1e6 / sticky,
                        sticky / plain);
                out.printf("%-38s %9.0f turns/s  %6.1f µs/turn  %.2fx%n", "near-cache, two replicas alternating",
                        alternating, 1e6 / alternating, alternating / plain);
                double whole = wholeTurnMicros();
                out.printf("for scale: a whole turn (parse + answer from the in-process sandbox, state in memory) takes "
                        + "%.0f µs; the state part with plain Redis is %.1f %% of it%n", whole, 100 * (1e6 / plain) / whole);
            } finally {
                admin.keys(prefix + "*").forEach(admin::del);
            }
        }
        return OK;
    }

    /** Turns per second, after a warm-up of a tenth of the turns. */
    private static double timed(String prefix, int turns, int conversations, URI url, boolean near, boolean alternate) {
        try (RedisClient first = RedisClient.create(url); RedisClient second = RedisClient.create(url)) {
            List<Conversations> replicas = near
                    ? List.of(nearCache(first, prefix), nearCache(second, prefix))
                    : List.of(new RedisConversations(first, prefix, Duration.ofMinutes(10)));
            try {
                play(replicas, turns / 10, conversations, alternate, "warm");
                long started = System.nanoTime();
                play(replicas, turns, conversations, alternate, "t");
                return turns / ((System.nanoTime() - started) / 1e9);
            } finally {
                replicas.stream().filter(NearCachedConversations.class::isInstance)
                        .forEach(r -> ((NearCachedConversations) r).close());
            }
        }
    }

    /** Microseconds of one engine turn that reads the ledger, with state in memory and the patterns-only parser. */
    private static double wholeTurnMicros() {
        Clock clock = Clock.systemDefaultZone();
        try (CommandLineLedger ledger = CommandLineLedger.open(clock)) {
            ConversationEngine engine = new ConversationEngine(
                    new InMemoryConversations(Duration.ofHours(1), Ticker.systemTicker(), 10_000),
                    new IntentParser(ledger.ledger()::customers, text -> new float[1], clock),
                    LedgerAnswers.from(ledger.ledger(), clock), new LedgerActions(ledger.ledger()));
            int warm = 20;
            int measured = 100;
            long started = 0;
            for (int t = 0; t < warm + measured; t++) {
                if (t == warm) {
                    started = System.nanoTime();
                }
                engine.handle(Turn.said("bench-" + t, "bench:" + t, "bench", Channel.COMMAND_LINE, "unmatched payments over 5k"));
            }
            return (System.nanoTime() - started) / 1e3 / measured;
        }
    }

    private static NearCachedConversations nearCache(RedisClient client, String prefix) {
        NearCachedConversations near = new NearCachedConversations(
                new RedisConversations(client, prefix, Duration.ofMinutes(10), prefix + "stored"), client,
                prefix + "stored", Duration.ofMinutes(10), 100_000, Ticker.systemTicker());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!near.listening() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return near;
    }

    private static void play(List<Conversations> replicas, int turns, int conversations, boolean alternate, String tag) {
        for (int t = 0; t < turns; t++) {
            ConversationId id = ConversationId.of("bench:" + (t % conversations));
            Conversations replica = alternate ? replicas.get((t / conversations) % 2) : replicas.get(0);
            TurnId turn = TurnId.of(tag + t);
            ConversationState state = replica.load(id);
            while (!replica.replace(state, state.seen(turn))) {
                state = replica.load(id);
            }
        }
    }
}
