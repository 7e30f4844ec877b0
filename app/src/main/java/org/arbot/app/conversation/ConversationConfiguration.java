package org.arbot.app.conversation;

import java.time.Clock;
import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Conversations;
import org.arbot.core.conversation.IntentParser;
import org.arbot.core.conversation.answers.LedgerActions;
import org.arbot.core.conversation.answers.LedgerAnswers;
import org.arbot.core.ledger.Ledger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the conversation engine: the state store, the offline intent parser and the answers read from the ledger. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Conversations conversations(@Value("${spring.data.redis.url:}") String redisUrl, ConversationProperties settings) {
        return ConversationStores.open(redisUrl, settings);
    }

    @Bean
    IntentParser intentParser(Ledger ledger, Clock clock) {
        return new IntentParser(ledger::customers, Embeddings.offline(), clock);
    }

    @Bean
    ConversationEngine conversationEngine(Conversations conversations, IntentParser parser, Ledger ledger, Clock clock,
            ObjectProvider<ConfirmedActions> actions) {
        return new ConversationEngine(conversations, parser, LedgerAnswers.from(ledger, clock),
                actions.getIfAvailable(() -> new LedgerActions(ledger)));
    }
}
