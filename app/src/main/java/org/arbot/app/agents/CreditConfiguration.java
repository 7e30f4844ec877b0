package org.arbot.app.agents;

import java.time.Clock;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.ledger.Ledger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The credit check with the policy under {@code arbot.credit}, for the credit-check API and the work loop alike. */
@Configuration(proxyBeanMethods = false)
class CreditConfiguration {

    @Bean
    CheckingCredit checkingCredit(Ledger ledger, Clock clock, CreditSettings settings) {
        return new CheckingCredit(ledger, clock, settings.policy());
    }
}
