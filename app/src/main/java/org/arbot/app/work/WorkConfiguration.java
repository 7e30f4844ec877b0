package org.arbot.app.work;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.arbot.cards.LocalFormat;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.collections.DraftingReminders;
import org.arbot.core.collections.OpenDisputes;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Transactions;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.deductions.SentenceEmbeddings;
import org.arbot.core.work.CashApplicationWork;
import org.arbot.core.work.ChoosingInvoices;
import org.arbot.core.work.DailyPriorityLists;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.Settling;
import org.arbot.core.work.GovernedActions;
import org.arbot.core.work.HomeOverview;
import org.arbot.core.work.NamingPayers;
import org.arbot.core.work.ProposalCards;
import org.arbot.core.work.SendingReminders;
import org.arbot.core.work.Snoozing;
import org.arbot.core.work.WorkFinder;
import org.arbot.core.work.WorkSources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the work loop for every channel: {@link FindingWork} (agents to governed proposals to cards),
 * {@link ProposalCards} (proposal and decision to card) and {@link GovernedActions}, the conversation engine's
 * confirmed actions, which decide through governance instead of writing to the ledger; and what the chat channels'
 * forms and home pages use: {@link ChoosingInvoices}, {@link NamingPayers}, {@link SendingReminders}, {@link HomeOverview},
 * {@link DailyPriorityLists} and {@link Snoozing}.
 */
@Configuration(proxyBeanMethods = false)
class WorkConfiguration {

    @Bean
    WorkSources workSources(JdbcTemplate jdbc, Clock clock) {
        return new JdbcWorkSources(jdbc, clock);
    }

    @Bean
    ProposalCards proposalCards(Ledger ledger, People people, Clock clock) {
        return new ProposalCards(ledger, people, LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);
    }

    @Bean
    FindingWork findingWork(Ledger ledger, ObjectProvider<CheckingCredit> credit, Proposing proposing, WorkSources sources,
            ProposalCards cards, ObjectProvider<WorkFinder> finders, ExecutingProposals executing, Proposals proposals,
            Clock clock) {
        // Auto-approved payments wait in the outbox to be posted in batches; post them before the pass's cards are drawn.
        Settling settling = waiting -> {
            postDuePayments(executing);
            return waiting.stream().map(proposals::byId).toList();
        };
        return new FindingWork(ledger, credit.getIfAvailable(() -> new CheckingCredit(ledger, clock, CreditPolicy.defaults())),
                proposing, sources, cards, finders.orderedStream().toList(), settling);
    }

    /** Batches of due payments, each call one batch, until none is due (bounded, in case the clock stands still). */
    private static void postDuePayments(ExecutingProposals executing) {
        for (int batch = 0; batch < 1_000; batch++) {
            if (executing.executeDuePayments().isEmpty()) {
                return;
            }
        }
    }

    @Bean
    WorkFinder cashApplicationWork(Ledger ledger, ObjectProvider<SentenceEmbeddings> embeddings, Clock clock) {
        return new CashApplicationWork(ledger, embeddings.getIfAvailable(SentenceEmbeddings::none), clock);
    }

    @Bean
    ChoosingInvoices choosingInvoices(Ledger ledger, Proposals proposals, People people, Proposing proposing,
            DecidingProposal deciding) {
        return new ChoosingInvoices(ledger, proposals, people, proposing, deciding);
    }

    @Bean
    NamingPayers namingPayers(Ledger ledger, People people, Proposing proposing, WorkSources sources, ProposalCards cards) {
        return new NamingPayers(ledger, people, proposing, sources, cards);
    }

    @Bean
    SendingReminders sendingReminders(Ledger ledger, PromisesToPay promises, Proposing proposing,
            DecidingProposal deciding, People people, Clock clock) {
        return new SendingReminders(new DraftingReminders(ledger, promises, clock), proposing, deciding, people);
    }

    @Bean
    HomeOverview homeOverview(People people, Proposals proposals, Ledger ledger, PromisesToPay promises,
            AuditTrail audit, Snoozes snoozes, Clock clock) {
        return new HomeOverview(people, proposals, new RankingCollections(ledger, promises, OpenDisputes.none(), clock),
                audit, snoozes, LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);
    }

    @Bean
    Snoozes snoozes(JdbcTemplate jdbc, Clock clock) {
        return new JdbcSnoozes(jdbc, clock);
    }

    @Bean
    Snoozing snoozing(Snoozes snoozes, People people, Ledger ledger, AuditTrail audit, Transactions transactions,
            Clock clock) {
        return new Snoozing(snoozes, people, ledger, audit, transactions, clock);
    }

    @Bean
    DailyPriorityLists dailyPriorityLists(People people, Ledger ledger, PromisesToPay promises, Snoozes snoozes,
            Clock clock) {
        return new DailyPriorityLists(people, new RankingCollections(ledger, promises, OpenDisputes.none(), clock), ledger,
                snoozes, LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);
    }

    @Bean
    GovernedActions governedActions(DecidingProposal deciding, WorkSources sources, People people, ProposalCards cards) {
        return new GovernedActions(deciding, sources, people, cards);
    }
}
