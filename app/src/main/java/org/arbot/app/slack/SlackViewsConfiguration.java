package org.arbot.app.slack;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.arbot.cards.LocalFormat;
import org.arbot.core.collections.LoggingPromiseToPay;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Proposals;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.work.ChoosingInvoices;
import org.arbot.core.work.HomeOverview;
import org.arbot.core.work.NamingPayers;
import org.arbot.core.work.ProposalCards;
import org.arbot.core.work.SendingReminders;
import org.arbot.slack.Deliveries;
import org.arbot.slack.SlackMessages;
import org.arbot.slack.SlackViews;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slack's modals (reassign, choose invoices, name a suspense payment's customer, edit a reminder, log a promise to pay)
 * and App Home tab, added to the Bolt app when Slack is on. The handlers are registered while the context starts,
 * before any request or socket reaches the app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "arbot.slack", name = "bot-token")
class SlackViewsConfiguration {

    /** Marks that the views are registered on the app. */
    record SlackViewsRegistered(App app) {
    }

    @Bean
    SlackViewsRegistered slackViews(App slackApp, SlackMessages messages, Proposals proposals, DecidingProposal deciding,
            ProposalCards cards, People people, Ledger ledger, ChoosingInvoices choosing, NamingPayers payers,
            SendingReminders reminders, PromisesToPay promises, HomeOverview home, Deliveries deliveries,
            ExecutorService slackSlowWork, Clock clock) {
        return new SlackViewsRegistered(SlackViews.register(slackApp, messages, new SlackViews.Parts(proposals, deciding,
                cards, people, ledger, choosing, payers, reminders, new LoggingPromiseToPay(ledger, promises, clock), home,
                LocalFormat.of(Locale.US, ZoneOffset.UTC), deliveries, slackSlowWork)));
    }
}
