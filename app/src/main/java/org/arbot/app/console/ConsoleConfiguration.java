package org.arbot.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Locale;
import org.arbot.app.charts.ChartGallery;
import org.arbot.app.config.ArbotProperties;
import org.arbot.app.ledger.SandboxBean;
import org.arbot.cards.LocalFormat;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.Proposals;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.ProposalCards;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the local console: the room, its stream, the channel onto the engine and governance, and who may reach it. */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    @Bean
    FilterRegistrationBean<ConsoleAccess> consoleAccess(ArbotProperties properties) {
        ArbotProperties.Console console = properties.console();
        FilterRegistrationBean<ConsoleAccess> registration =
                new FilterRegistrationBean<>(new ConsoleAccess(console.exposed(), console.users()));
        registration.addUrlPatterns("/", "/index.html", "/console/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    PostJson postJson(ObjectMapper mapper) {
        return new PostJson(mapper);
    }

    @Bean
    ConsoleStream consoleStream(PostJson json) {
        return new ConsoleStream(json);
    }

    @Bean
    ConsoleFeed consoleFeed(ConsoleStream stream, Clock clock) {
        return new ConsoleFeed(stream, clock);
    }

    @Bean
    ConsoleChannel consoleChannel(ConversationEngine engine, DecidingProposal deciding, ProposalCards cards,
            ConsoleFeed feed, ConsoleStream stream) {
        return new ConsoleChannel(engine, new ConsoleDecisions(deciding, feed, cards), feed, stream);
    }

    @Bean
    ConsoleNotices consoleNotices(ConsoleFeed feed, ProposalCards cards) {
        return new ConsoleNotices(feed, cards);
    }

    @Bean
    ConsoleBriefing consoleBriefing(Ledger ledger, FindingWork finding, ProposalCards cards, Proposals proposals,
            ConversationEngine engine, ChartGallery gallery, ConsoleFeed feed, Clock clock) {
        return new ConsoleBriefing(finding, cards, proposals, new TreasuryAlerts(ledger, gallery, format(clock), clock),
                engine, feed);
    }

    @Bean
    ConsoleViews consoleViews(Ledger ledger, SandboxBean sandbox, AuditTrail audit, ObjectMapper mapper, Clock clock) {
        return new ConsoleViews(ledger, sandbox, audit, format(clock), mapper);
    }

    @Bean(destroyMethod = "close")
    AuditWatch consoleAuditWatch(AuditTrail audit, ConsoleStream stream) {
        return new AuditWatch(audit, stream, java.time.Duration.ofSeconds(3));
    }

    /** Money and dates on the console's cards: US English, in the clock's zone. */
    private static LocalFormat format(Clock clock) {
        return LocalFormat.of(Locale.US, clock.getZone());
    }

    /** Open streams end first when the app stops, so the graceful shutdown does not wait on them. */
    @Bean
    ApplicationListener<ContextClosedEvent> consoleClosing(ConsoleStream stream) {
        return event -> stream.close();
    }
}
