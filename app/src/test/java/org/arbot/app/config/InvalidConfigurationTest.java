package org.arbot.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class InvalidConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void the_embedded_defaults_need_no_configuration() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ArbotProperties properties = context.getBean(ArbotProperties.class);
            assertThat(properties.intacct().configured()).isFalse();
            assertThat(properties.slack().configured()).isFalse();
            assertThat(properties.slack().apiUrl()).hasToString("https://slack.com/api/");
            assertThat(properties.sandbox().seed()).isEqualTo(42);
            assertThat(properties.intacct().events().polling()).isFalse();
        });
    }

    @Test
    void an_unknown_intacct_events_mode_fails_the_start_naming_the_property() {
        runner.withPropertyValues("arbot.intacct.events.mode=push").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("arbot.intacct.events")
                        .hasMessageContaining("mode"));
        runner.withPropertyValues("arbot.intacct.events.mode=poll", "arbot.intacct.events.poll-interval=10ms").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("poll-interval"));
        runner.withPropertyValues("arbot.intacct.events.mode=poll").run(context ->
                assertThat(context.getBean(ArbotProperties.class).intacct().events().polling()).isTrue());
    }

    @Test
    void a_malformed_slack_token_fails_the_start_naming_the_property() {
        runner.withPropertyValues("arbot.slack.bot-token=not-a-token").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("arbot.slack")
                        .hasMessageContaining("botToken").hasMessageContaining("xoxb-"));
    }

    @Test
    void an_intacct_client_without_its_secret_fails_the_start_naming_the_property() {
        runner.withPropertyValues("arbot.intacct.client-id=acme-client").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("arbot.intacct.client-secret"));
    }

    @Test
    void a_sandbox_port_out_of_range_fails_the_start_naming_the_property() {
        runner.withPropertyValues("arbot.sandbox.port=70000").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("arbot.sandbox").hasMessageContaining("port"));
    }

    @Test
    void an_unknown_llm_provider_fails_the_start_naming_the_property() {
        runner.withPropertyValues("arbot.llm.provider=watson").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("arbot.llm").hasMessageContaining("provider"));
    }

    @Configuration
    @EnableConfigurationProperties(ArbotProperties.class)
    static class PropertiesOnly {
    }
}
