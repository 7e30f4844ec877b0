package org.arbot.core.governance;

import static org.arbot.core.governance.GovernanceFixtures.policy;
import static org.arbot.core.governance.GovernanceFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.arbot.core.governance.AutomationVerdict.Outcome;
import org.junit.jupiter.api.Test;

class AutomationPolicyTest {

    private static AutomationVerdict verdict(AutomationMode mode, String amount, String confidence, String risk) {
        return AutomationPolicy.verdict(policy(Workflow.DEDUCTIONS, mode), usd(amount), new BigDecimal(confidence),
                new BigDecimal(risk));
    }

    @Test
    void monitor_mode_only_informs_and_assist_mode_always_asks() {
        assertThat(verdict(AutomationMode.MONITOR, "10.00", "0.99", "0.01").outcome()).isEqualTo(Outcome.INFORM);
        assertThat(verdict(AutomationMode.ASSIST, "10.00", "0.99", "0.01").outcome()).isEqualTo(Outcome.ASK);
    }

    @Test
    void auto_mode_executes_within_every_threshold_including_the_boundaries() {
        AutomationVerdict verdict = verdict(AutomationMode.AUTO, "1000.00", "0.90", "0.30");

        assertThat(verdict.outcome()).isEqualTo(Outcome.EXECUTE);
        assertThat(verdict.ruleHits()).singleElement().asString().contains("within the automatic thresholds");
    }

    @Test
    void auto_mode_asks_and_names_every_threshold_crossed() {
        AutomationVerdict verdict = verdict(AutomationMode.AUTO, "1000.01", "0.89", "0.31");

        assertThat(verdict.outcome()).isEqualTo(Outcome.ASK);
        assertThat(verdict.ruleHits()).containsExactly(
                "amount USD 1000.01 above the automatic limit USD 1000.00",
                "confidence 0.89 below the minimum 0.90",
                "risk 0.31 above the ceiling 0.30");
    }

    @Test
    void auto_mode_asks_when_the_amount_is_in_another_currency() {
        AutomationVerdict verdict = AutomationPolicy.verdict(policy(Workflow.DEDUCTIONS, AutomationMode.AUTO),
                org.arbot.core.money.Money.of("5.00", "EUR"), new BigDecimal("0.99"), BigDecimal.ZERO);

        assertThat(verdict.outcome()).isEqualTo(Outcome.ASK);
    }
}
