package org.arbot.app.governance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.Proposing;
import org.arbot.core.ledger.Ledger;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The governance use cases over a private in-memory H2 database, migrated like the embedded default and dropped on
 * close: for commands that run work through the app's own proposal and outbox path and keep nothing (benchmarks).
 */
public final class ScratchGovernance implements AutoCloseable {

    private final JdbcGovernance governance;

    private ScratchGovernance(JdbcGovernance governance) {
        this.governance = governance;
    }

    /** A new, empty database; proposals are executed against {@code ledger} as the settings say. */
    public static ScratchGovernance start(Ledger ledger, Clock clock, GovernanceProperties settings) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:scratch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        quietMigrations();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        return new ScratchGovernance(JdbcGovernance.over(dataSource, ledger, Notifications.NONE, clock, settings,
                List.of()));
    }

    /** Migrating a throwaway database is not news: keep Flyway's progress lines out of the command's output. */
    private static void quietMigrations() {
        if (LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway && flyway.getLevel() == null) {
            flyway.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public Proposing proposing() {
        return governance.proposing;
    }

    /** The outbox's executor, as the worker runs it ({@link ExecutingProposals#drain()}). */
    public ExecutingProposals executing() {
        return governance.executing;
    }

    public Proposals proposals() {
        return governance.proposals;
    }

    @Override
    public void close() {
        governance.jdbc.execute("SHUTDOWN");
    }
}
