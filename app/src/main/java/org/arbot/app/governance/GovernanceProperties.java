package org.arbot.app.governance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code arbot.governance}: automation per workflow, approval timeout, the outbox worker and the people
 * arbot knows (people stored in the database take precedence over these).
 *
 * @param currency the currency of thresholds and approval limits
 * @param workflows per workflow ({@code credit}, {@code cash-application}, {@code deductions}, {@code collections});
 *     a workflow left out runs in {@code ASSIST} mode
 */
@Validated
@ConfigurationProperties("arbot.governance")
public record GovernanceProperties(
        @DefaultValue("USD") @NotBlank String currency,
        @DefaultValue("24h") @NotNull Duration approvalTimeout,
        @Valid @NotNull @DefaultValue Worker worker,
        @Valid @DefaultValue Map<String, WorkflowSettings> workflows,
        @Valid @DefaultValue List<PersonSettings> people) {

    /**
     * The outbox worker and the expiry sweep.
     *
     * @param batchSize the most payment proposals posted together (one key lookup, then composite requests of ten)
     */
    public record Worker(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") @NotNull Duration pollInterval,
            @DefaultValue("5") @Min(1) int maxAttempts,
            @DefaultValue("30s") @NotNull Duration retryDelay,
            @DefaultValue("100") @Min(1) int batchSize) {

        @ConstructorBinding
        public Worker {
        }

        /** A worker posting payments in batches of {@value ExecutingProposals#DEFAULT_BATCH_SIZE}. */
        public Worker(boolean enabled, Duration pollInterval, int maxAttempts, Duration retryDelay) {
            this(enabled, pollInterval, maxAttempts, retryDelay, ExecutingProposals.DEFAULT_BATCH_SIZE);
        }
    }

    /** One workflow's automation mode and the thresholds within which {@code AUTO} executes without a person. */
    public record WorkflowSettings(
            @DefaultValue("ASSIST") @NotNull AutomationMode mode,
            @DefaultValue("0") @NotNull BigDecimal maxAmount,
            @DefaultValue("0.95") @NotNull BigDecimal minConfidence,
            @DefaultValue("0.20") @NotNull BigDecimal riskCeiling) {
    }

    /**
     * One arbot user.
     *
     * @param slack the Slack user id, e.g. {@code U024BE7LH}
     * @param teams the Teams (Azure AD) object id
     * @param console the login on the local console
     * @param limits the largest amount the person may approve, per workflow
     */
    public record PersonSettings(
            @NotBlank String id,
            String name,
            @DefaultValue List<Role> roles,
            String slack,
            String teams,
            String console,
            String intacctUser,
            String manager,
            @DefaultValue Map<String, BigDecimal> limits) {
    }
}
