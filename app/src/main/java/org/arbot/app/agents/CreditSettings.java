package org.arbot.app.agents;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.arbot.core.credit.CreditPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The credit policy, under {@code arbot.credit}: the thresholds of the credit check and the name of this version of them.
 * Every decision reports {@code version} with a fingerprint of the thresholds.
 */
@Validated
@ConfigurationProperties("arbot.credit")
record CreditSettings(
        @DefaultValue("default-1") @NotBlank String policyVersion,
        @DefaultValue("150") @NotNull @DecimalMin("100") BigDecimal declineExposurePercent,
        @DefaultValue("10") @NotNull @DecimalMin("0") BigDecimal declineOver90Percent,
        @DefaultValue("620") @Min(0) @Max(1000) int reviewScoreBelow,
        @DefaultValue("15") @Min(0) int reviewDaysToPayWorsening,
        @DefaultValue("3") @Min(1) @Max(24) int trendMonths,
        @DefaultValue("6") @Min(1) @Max(36) int baselineMonths,
        @DefaultValue("50000.00") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal largeOrderThreshold) {

    CreditPolicy policy() {
        return new CreditPolicy(policyVersion, declineExposurePercent, declineOver90Percent, reviewScoreBelow,
                reviewDaysToPayWorsening, trendMonths, baselineMonths, largeOrderThreshold);
    }
}
