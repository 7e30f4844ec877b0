package org.arbot.app.governance;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.Policies;
import org.arbot.core.governance.Thresholds;
import org.arbot.core.governance.Workflow;
import org.arbot.core.governance.WorkflowPolicy;
import org.arbot.core.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;

/** Policies changed at run time, in table {@code gov_workflow_policy}, over the configured defaults. */
final class JdbcPolicies implements Policies {

    private final JdbcTemplate jdbc;
    private final Map<Workflow, WorkflowPolicy> defaults;

    JdbcPolicies(JdbcTemplate jdbc, List<WorkflowPolicy> defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults.stream().collect(Collectors.toMap(WorkflowPolicy::workflow, Function.identity()));
    }

    @Override
    public WorkflowPolicy policy(Workflow workflow) {
        return jdbc.query("SELECT mode, max_amount, currency, min_confidence, risk_ceiling FROM gov_workflow_policy "
                        + "WHERE workflow = ?", (rs, row) -> new WorkflowPolicy(workflow, AutomationMode.valueOf(rs.getString("mode")),
                        new Thresholds(Money.of(rs.getBigDecimal("max_amount"), Money.currencyOf(rs.getString("currency").trim()),
                                RoundingMode.UNNECESSARY), rs.getBigDecimal("min_confidence").stripTrailingZeros(),
                                rs.getBigDecimal("risk_ceiling").stripTrailingZeros())), workflow.name())
                .stream().findFirst()
                .orElseGet(() -> defaults.get(workflow));
    }

    @Override
    public void save(WorkflowPolicy policy) {
        Thresholds t = policy.thresholds();
        Object[] values = {policy.mode().name(), t.maxAmount().amount(), t.maxAmount().currency().getCurrencyCode(),
            t.minConfidence(), t.riskCeiling(), policy.workflow().name()};
        int updated = jdbc.update("UPDATE gov_workflow_policy SET mode = ?, max_amount = ?, currency = ?, "
                + "min_confidence = ?, risk_ceiling = ?, updated_at = CURRENT_TIMESTAMP WHERE workflow = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO gov_workflow_policy (mode, max_amount, currency, min_confidence, risk_ceiling, workflow) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", values);
        }
    }
}
