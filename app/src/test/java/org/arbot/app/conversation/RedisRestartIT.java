package org.arbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ar.Terms;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.IntentParser;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.arbot.core.conversation.answers.LedgerAnswers;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Redis stopped under a waiting confirmation, then started again: the bot says so, never acts, and recovers alone. */
class RedisRestartIT {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    final RedisServer redis = new RedisServer().start();
    final RedisClient client = RedisClient.create(java.net.URI.create(redis.url()));
    final InMemoryLedger ledger = new InMemoryLedger()
            .add(new Customer(CustomerId.of("C-ACME"), "Acme Corp", Optional.empty(), Money.of("50000.00", "USD"),
                    Terms.net(30), CollectorId.of("mchen"), false, List.of()))
            .add(new SalesOrder(SalesOrderId.of("SO-2231"), CustomerId.of("C-ACME"), LocalDate.of(2026, 11, 26),
                    Money.of("15000.00", "USD"), ApprovalState.PENDING, "over limit"));
    final ConversationEngine engine = new ConversationEngine(
            new RedisConversations(client, "arbot-it:", Duration.ofHours(24)),
            new IntentParser(ledger::customers, text -> new float[1], CLOCK),
            LedgerAnswers.from(ledger, CLOCK), org.arbot.core.work.WorkFixtures.governedActions(ledger, CLOCK));

    @AfterEach
    void stop() {
        client.close();
        redis.close();
    }

    @Test
    void with_redis_down_a_confirmation_is_refused_as_unavailable_and_after_a_restart_the_bot_works_again() {
        assertThat(engine.handle(said("Ev1", "approve SO-2231")).get(0).text()).startsWith("Approve SO-2231?");

        redis.stop();
        assertThat(engine.handle(said("Ev2", "yes"))).containsExactly(Reply.stateUnavailable());
        assertThat(engine.handle(said("Ev3", "summary for acme"))).containsExactly(Reply.stateUnavailable());
        assertThat(ledger.writes()).isZero();

        redis.start();
        assertThat(engine.handle(said("Ev4", "yes"))).extracting(Reply::text)
                .noneSatisfy(t -> assertThat(t).contains("released"));
        assertThat(ledger.writes()).as("the confirmation was lost with Redis' memory; nothing may run on it").isZero();

        assertThat(engine.handle(said("Ev5", "approve SO-2231")).get(0).text()).startsWith("Approve SO-2231?");
        assertThat(engine.handle(said("Ev6", "yes"))).extracting(Reply::text)
                .anySatisfy(t -> assertThat(t).contains("SO-2231", "released"));
        assertThat(ledger.salesOrder(SalesOrderId.of("SO-2231")).orElseThrow().approval()).isEqualTo(ApprovalState.APPROVED);
    }

    private static Turn said(String id, String text) {
        return Turn.said(id, "slack:C9:1.1", "U02MARIA", Channel.SLACK, text);
    }
}
