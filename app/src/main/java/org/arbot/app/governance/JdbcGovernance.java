package org.arbot.app.governance;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.ChangingAutomation;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.ExpiringProposals;
import org.arbot.core.governance.LedgerExecutor;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Policies;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.WorkflowPolicy;
import org.arbot.core.ledger.Ledger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The governance use cases over one data source: the JDBC adapters and the use cases wired together. The server's
 * {@link GovernanceConfiguration} publishes them as beans; tests and commands build their own.
 */
public final class JdbcGovernance {

    final JdbcTemplate jdbc;
    final Proposals proposals;
    final AuditTrail audit;
    final Policies policies;
    final People people;
    final ExecutingProposals executing;
    final Proposing proposing;
    final DecidingProposal deciding;
    final ExpiringProposals expiring;
    final ChangingAutomation changing;

    JdbcGovernance(DataSource dataSource, PlatformTransactionManager transactionManager, Ledger ledger,
            Notifications notifications, Clock clock, GovernanceProperties settings, List<Person> extraPeople) {
        jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        SpringTransactions transactions = new SpringTransactions(transaction);
        ProposalActionJson json = new ProposalActionJson();
        JdbcProposals jdbcProposals = new JdbcProposals(jdbc, json);
        JdbcOutbox outbox = new JdbcOutbox(jdbc);
        proposals = jdbcProposals;
        audit = new JdbcAuditTrail(jdbc, transaction);
        List<WorkflowPolicy> defaults = ConfiguredGovernance.policies(settings);
        policies = new JdbcPolicies(jdbc, defaults);
        List<Person> configured = new java.util.ArrayList<>(ConfiguredGovernance.people(settings));
        configured.addAll(extraPeople);
        people = new DirectoryPeople(jdbc, configured, settings.currency());
        executing = new ExecutingProposals(transactions, proposals, outbox, audit, new LedgerExecutor(ledger), people, clock,
                settings.worker().maxAttempts(), settings.worker().retryDelay(), settings.worker().batchSize());
        proposing = new Proposing(transactions, proposals, outbox, audit, policies, notifications, executing, clock,
                settings.approvalTimeout());
        deciding = new DecidingProposal(transactions, proposals, outbox, audit, people, notifications, executing, clock,
                settings.approvalTimeout());
        expiring = new ExpiringProposals(transactions, proposals, audit, people, notifications, clock);
        changing = new ChangingAutomation(transactions, policies, audit, people, clock);
    }

    /** Over a data source of its own (commands, tests), with its own transaction manager. */
    static JdbcGovernance over(DataSource dataSource, Ledger ledger, Notifications notifications, Clock clock,
            GovernanceProperties settings, List<Person> extraPeople) {
        return new JdbcGovernance(dataSource, new DataSourceTransactionManager(dataSource), ledger, notifications, clock,
                settings, extraPeople);
    }

    /** The audit trail alone, for the {@code audit} commands. */
    static AuditTrail auditTrail(DataSource dataSource) {
        return new JdbcAuditTrail(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
