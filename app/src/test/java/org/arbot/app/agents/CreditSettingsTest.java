package org.arbot.app.agents;

import static org.assertj.core.api.Assertions.assertThat;

import org.arbot.core.credit.CreditPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CreditSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(SettingsOnly.class);

    @Test
    void with_no_configuration_the_policy_is_the_documented_default() {
        runner.run(context -> assertThat(context.getBean(CreditSettings.class).policy()).isEqualTo(CreditPolicy.defaults()));
    }

    @Test
    void a_configured_threshold_and_version_change_the_policy_and_its_version() {
        runner.withPropertyValues("arbot.credit.policy-version=2027-strict", "arbot.credit.large-order-threshold=10000.00",
                "arbot.credit.review-score-below=650").run(context -> {
                    CreditPolicy policy = context.getBean(CreditSettings.class).policy();
                    assertThat(policy.largeOrderThreshold()).isEqualByComparingTo("10000");
                    assertThat(policy.reviewScoreBelow()).isEqualTo(650);
                    assertThat(policy.policyVersion()).startsWith("2027-strict+");
                });
    }

    @Test
    void a_decline_percentage_under_100_fails_the_start_naming_the_property() {
        runner.withPropertyValues("arbot.credit.decline-exposure-percent=90").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("arbot.credit")
                        .hasMessageContaining("declineExposurePercent"));
    }

    @Configuration
    @EnableConfigurationProperties(CreditSettings.class)
    static class SettingsOnly {
    }
}
