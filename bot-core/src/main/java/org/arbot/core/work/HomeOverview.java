package org.arbot.core.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;
import org.arbot.core.collections.PriorityLine;
import org.arbot.core.collections.PriorityList;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.governance.AuditEntry;
import org.arbot.core.governance.AuditKind;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.Proposals;
import org.arbot.core.money.Money;

/**
 * A person's own page (Slack's App Home): what waits for their decision, counted and summed per workflow; today's
 * priority accounts (their own as a collector, the team's otherwise), each with "Send reminder"; and the last
 * decisions they took, from the audit trail.
 */
public final class HomeOverview {

    static final int ACCOUNTS = 5;
    static final int ACTIONS = 5;
    static final Duration RECENT = Duration.ofDays(7);

    private final People people;
    private final Proposals proposals;
    private final RankingCollections ranking;
    private final AuditTrail audit;
    private final Snoozes snoozes;
    private final LocalFormat format;
    private final Clock clock;

    public HomeOverview(People people, Proposals proposals, RankingCollections ranking, AuditTrail audit, Snoozes snoozes,
            LocalFormat format, Clock clock) {
        this.snoozes = snoozes;
        this.people = people;
        this.proposals = proposals;
        this.ranking = ranking;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
    }

    /** The page for whoever has this chat identity; a stranger is told how to get an arbot login. */
    public Card of(ChatIdentity identity) {
        Optional<Person> person = people.byIdentity(identity);
        if (person.isEmpty()) {
            String text = "I don't know you as an arbot user, so nothing is assigned to you. An administrator can add "
                    + "your chat id (" + identity.id() + ") to your person.";
            return Card.of(text, List.of(Header.of("arbot", "Accounts receivable", Tone.NEUTRAL), Text.of(text)), List.of());
        }
        Person me = person.get();
        List<Proposal> waiting = new WaitingProposals(proposals::pendingFor).of(me);
        PriorityList ranked = me.ownAccounts().map(ranking::forCollector).orElseGet(ranking::forTeam);
        LocalDate today = LocalDate.now(clock);
        PriorityList accounts = new PriorityList(ranked.collector(), ranked.asOf(), ranked.lines().stream()
                .filter(l -> !snoozes.isSnoozed(Snoozes.account(l.customerId()), today)).toList());
        List<Element> body = new ArrayList<>();
        String title = me.name() + ": your AR work";
        body.add(Header.of(title, "As of " + format.dateTime(clock.instant()), Tone.NEUTRAL));
        body.add(Text.of("Your queue: " + waiting.size() + (waiting.size() == 1 ? " proposal waits" : " proposals wait")
                + " for your decision" + (waiting.isEmpty() ? "." : ", " + total(waiting) + ".")));
        if (!waiting.isEmpty()) {
            body.add(new Facts(perWorkflow(waiting)));
        }
        body.add(Text.of("Today's priority list (" + (accounts.collector().isPresent() ? "your accounts" : "the team's accounts")
                + "): " + accounts.lines().size() + " overdue"));
        if (!accounts.lines().isEmpty()) {
            body.add(Items.of("priorities", accounts.lines().stream().limit(ACCOUNTS).map(this::account).toList()));
        }
        body.add(Text.of("Your last actions:\n" + lastActions(me)));
        return Card.of(title + ": " + waiting.size() + " waiting, " + accounts.lines().size() + " accounts to work.", body,
                List.of());
    }

    private List<Fact> perWorkflow(List<Proposal> waiting) {
        Map<String, List<Proposal>> byWorkflow = waiting.stream()
                .collect(Collectors.groupingBy(p -> p.workflow().label(), TreeMap::new, Collectors.toList()));
        return byWorkflow.entrySet().stream().map(e -> Fact.of(e.getKey(), e.getValue().size() + " \u00B7 "
                + total(e.getValue()))).toList();
    }

    /** The sum per currency, e.g. "$1,200.00" or "$1,200.00 + €80.00". */
    private String total(List<Proposal> waiting) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        waiting.stream().map(Proposal::amount).forEach(m -> sums.merge(m.currency().getCurrencyCode(), m.amount(),
                BigDecimal::add));
        return sums.entrySet().stream().map(e -> format.money(e.getValue(), e.getKey())).collect(Collectors.joining(" + "));
    }

    private Item account(PriorityLine line) {
        Money overdue = line.overdue();
        return Item.of(line.customerName(), format.money(overdue.amount(), overdue.currency().getCurrencyCode())
                + " overdue \u00B7 risk " + line.risk().score() + " \u00B7 next: "
                + line.nextAction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                List.of(Action.of("send_reminder", "Send reminder", Map.of("customer", line.customerId().value()))));
    }

    private String lastActions(Person me) {
        Instant now = clock.instant();
        List<AuditEntry> mine = audit.between(now.minus(RECENT), now.plusSeconds(1)).stream()
                .filter(e -> e.kind().equals(AuditKind.HUMAN_ACTION.name()) && e.actor().equals(me.id().value()))
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).limit(ACTIONS).toList();
        if (mine.isEmpty()) {
            return "None in the last " + RECENT.toDays() + " days.";
        }
        return mine.stream().map(this::action).collect(Collectors.joining("\n"));
    }

    private String action(AuditEntry entry) {
        String decision = detail(entry, "decision").toLowerCase(java.util.Locale.ROOT);
        String what = entry.proposal().isEmpty() ? "" : proposals.byId(ProposalId.of(entry.proposal()))
                .map(p -> " " + p.action().operation() + " " + format.money(p.amount().amount(),
                        p.amount().currency().getCurrencyCode()) + " (" + p.state().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ")").orElse(" proposal " + entry.proposal());
        return "\u2022 " + format.dateTime(entry.at()) + ": " + decision + what;
    }

    private static String detail(AuditEntry entry, String key) {
        return entry.details().lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElse("acted on");
    }
}
