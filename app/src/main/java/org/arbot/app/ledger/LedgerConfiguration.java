package org.arbot.app.ledger;

import java.time.Clock;
import org.arbot.app.config.ArbotProperties;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.IntacctAccounts;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the {@link Ledger}: the Intacct company configured under {@code arbot.intacct}, or else the embedded sandbox,
 * started on loopback and reached through the same REST client.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean(destroyMethod = "close")
    SandboxBean sandbox(ArbotProperties properties, Clock clock) {
        return properties.intacct().configured() ? SandboxBean.none() : SandboxBean.start(properties.sandbox(), clock);
    }

    @Bean
    IntacctConnection intacctConnection(ArbotProperties properties, SandboxBean sandbox) {
        return sandbox.running()
                .map(running -> IntacctConnection.toSandbox(running, properties.intacct().timeout()))
                .orElseGet(() -> IntacctConnection.toCompany(properties.intacct()));
    }

    @Bean
    Ledger ledger(IntacctConnection connection, ArbotProperties properties, Clock clock) {
        ArbotProperties.Accounts accounts = properties.intacct().accounts();
        return IntacctLedger.connect(connection.settings(),
                new IntacctAccounts(accounts.undepositedFunds(), accounts.writeOff(), accounts.credit()), clock)
                .cachingCustomers(properties.intacct().customerCacheTtl(), clock);
    }
}
