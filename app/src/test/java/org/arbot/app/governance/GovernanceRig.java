package org.arbot.app.governance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.Notifications;
import org.arbot.core.ledger.Ledger;

/** Settings and wiring the governance integration tests share. */
final class GovernanceRig {

    static final Duration APPROVAL_TIMEOUT = Duration.ofHours(24);

    private GovernanceRig() {
    }

    /** Every workflow in {@code mode}, auto-executing up to 1,000.00 at confidence 0.90 and risk 0.30. */
    static GovernanceProperties settings(AutomationMode mode) {
        GovernanceProperties.WorkflowSettings workflow = new GovernanceProperties.WorkflowSettings(mode,
                new BigDecimal("1000.00"), new BigDecimal("0.90"), new BigDecimal("0.30"));
        return new GovernanceProperties("USD", APPROVAL_TIMEOUT,
                new GovernanceProperties.Worker(true, Duration.ofMillis(50), 3, Duration.ofMinutes(1)),
                Map.of("credit", workflow, "cash-application", workflow, "deductions", workflow, "collections", workflow),
                List.of());
    }

    /** One app instance (a replica) over the database, with the fixture people. */
    static JdbcGovernance replica(DataSource dataSource, Ledger ledger, MutableClock clock, AutomationMode mode) {
        return JdbcGovernance.over(dataSource, ledger, Notifications.NONE, clock, settings(mode),
                GovernanceFixtures.people().all());
    }

    static MutableClock clock() {
        return MutableClock.at("2026-11-27T09:00:00Z");
    }
}
