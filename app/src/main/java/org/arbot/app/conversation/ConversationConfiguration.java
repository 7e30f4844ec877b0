package org.arbot.app.conversation;

import java.time.Clock;
import org.arbot.app.config.ArbotProperties;
import org.arbot.app.conversation.llm.ModelAssistants;
import org.arbot.app.language.MiniLmEmbeddings;
import org.arbot.core.collections.InMemoryPromisesToPay;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.conversation.Answers;
import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Conversations;
import org.arbot.core.conversation.IntentParser;
import org.arbot.core.conversation.answers.AnswerModels;
import org.arbot.core.conversation.answers.LedgerActions;
import org.arbot.core.conversation.answers.LedgerAnswers;
import org.arbot.core.conversation.answers.RecordingPromises;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Proposals;
import org.arbot.core.ledger.Ledger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the conversation engine: the state store, the offline intent parser, the answers read through the forecast,
 * collections and credit models, the confirmed actions with promises to pay recorded for collections, and the
 * language model's assistant when {@code arbot.llm.provider} is set.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Conversations conversations(@Value("${spring.data.redis.url:}") String redisUrl, ConversationProperties settings) {
        return ConversationStores.open(redisUrl, settings);
    }

    @Bean
    IntentParser intentParser(Ledger ledger, Clock clock) {
        return new IntentParser(ledger::customers, MiniLmEmbeddings.loadingOnFirstUse()::embed, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    PromisesToPay promisesToPay() {
        return new InMemoryPromisesToPay();
    }

    @Bean
    ConversationEngine conversationEngine(Conversations conversations, IntentParser parser, Ledger ledger, Clock clock,
            ObjectProvider<ConfirmedActions> actions, ObjectProvider<CheckingCredit> credit, PromisesToPay promises,
            People people, Proposals proposals, ArbotProperties properties) {
        AnswerModels models = new AnswerModels(
                credit.getIfAvailable(() -> new CheckingCredit(ledger, clock, CreditPolicy.defaults())), promises, people,
                proposals::pendingFor);
        Answers answers = LedgerAnswers.from(ledger, clock, models);
        ArbotProperties.Llm llm = properties.llm();
        return new ConversationEngine(conversations, parser, answers,
                new RecordingPromises(promises, ledger, clock, actions.getIfAvailable(() -> new LedgerActions(ledger))),
                ModelAssistants.of(llm.provider(), llm.baseUrl() == null ? null : llm.baseUrl().toString(), llm.model(),
                        llm.apiKey(), llm.timeout(), answers, ledger, people, clock));
    }
}
