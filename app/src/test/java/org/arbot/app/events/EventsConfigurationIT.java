package org.arbot.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.arbot.app.config.ArbotProperties;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The poller is wired, and started, only when {@code arbot.intacct.events.mode=poll}. */
class EventsConfigurationIT {

    private static IntacctSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(SandboxLedger.class, EventsConfiguration.class);

    @Test
    void by_default_events_come_by_webhook_and_nothing_polls() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(LedgerEventIntake.class);
            assertThat(context).doesNotHaveBean(IntacctEventPoller.class);
        });
    }

    @Test
    void in_poll_mode_the_poller_runs_from_the_start() {
        runner.withPropertyValues("arbot.intacct.events.mode=poll").run(context -> {
            assertThat(context).hasSingleBean(IntacctEventPoller.class);
            assertThat(context.getBean(IntacctEventPoller.class).isRunning()).isTrue();
        });
    }

    @Configuration
    @EnableConfigurationProperties(ArbotProperties.class)
    static class SandboxLedger {
        @Bean
        Ledger ledger() {
            return IntacctLedger.connect(IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret()),
                    Clock.systemUTC());
        }
    }
}
