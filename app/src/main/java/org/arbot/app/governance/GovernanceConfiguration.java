package org.arbot.app.governance;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.ChangingAutomation;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.ExpiringProposals;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Policies;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Transactions;
import org.arbot.core.ledger.Ledger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the governance use cases ({@link Proposing}, {@link DecidingProposal}, {@link ChangingAutomation}) and ports
 * for the channel adapters and agents, over the app's data source (migrated by Flyway), and runs the outbox worker.
 * Uses the {@link Ledger} and {@link Clock} beans when present. Notifications are logged and published as application
 * events (reassignments and escalations) for the chat adapters to listen to.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceConfiguration {

    @Bean
    Notifications notifications(ApplicationEventPublisher events) {
        return new PublishingNotifications(events);
    }

    @Bean
    JdbcGovernance jdbcGovernance(DataSource dataSource, PlatformTransactionManager transactionManager,
            ObjectProvider<Ledger> ledger, ObjectProvider<Notifications> notifications, ObjectProvider<Clock> clock,
            GovernanceProperties settings) {
        return new JdbcGovernance(dataSource, transactionManager, ledger.getIfAvailable(UnavailableLedger::create),
                notifications.getIfAvailable(LoggingNotifications::new), clock.getIfAvailable(Clock::systemUTC), settings,
                List.of());
    }

    /** Work outside governance whose changes must commit with its audit entries (e.g. a snooze). */
    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(new TransactionTemplate(transactionManager));
    }

    @Bean
    Proposing proposing(JdbcGovernance governance) {
        return governance.proposing;
    }

    @Bean
    DecidingProposal decidingProposal(JdbcGovernance governance) {
        return governance.deciding;
    }

    @Bean
    ChangingAutomation changingAutomation(JdbcGovernance governance) {
        return governance.changing;
    }

    @Bean
    ExecutingProposals executingProposals(JdbcGovernance governance) {
        return governance.executing;
    }

    @Bean
    ExpiringProposals expiringProposals(JdbcGovernance governance) {
        return governance.expiring;
    }

    @Bean
    Proposals proposals(JdbcGovernance governance) {
        return governance.proposals;
    }

    @Bean
    AuditTrail auditTrail(JdbcGovernance governance) {
        return governance.audit;
    }

    @Bean
    Policies policies(JdbcGovernance governance) {
        return governance.policies;
    }

    @Bean
    People people(JdbcGovernance governance) {
        return governance.people;
    }

    @Bean
    @ConditionalOnProperty(name = "arbot.governance.worker.enabled", havingValue = "true", matchIfMissing = true)
    OutboxWorker outboxWorker(JdbcGovernance governance, GovernanceProperties settings) {
        return new OutboxWorker(governance.executing, governance.expiring, settings.worker().pollInterval());
    }
}
