package org.arbot.core.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.PriorityListCard;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.collections.PriorityLine;
import org.arbot.core.collections.PriorityList;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Role;
import org.arbot.core.ledger.Ledger;

/**
 * The day's priority lists as cards for their people: each collector their own overdue accounts (through their Intacct
 * user), each AR manager the team's, riskiest first with "Send reminder", "Log promise", "Snooze" and "Reassign".
 * Accounts snoozed on the day are left off every list until the snooze ends. Nobody gets an empty list. Each card's
 * source names the person and the day, so a day's list is sent once.
 */
public final class DailyPriorityLists {

    private final People people;
    private final RankingCollections ranking;
    private final Ledger ledger;
    private final Snoozes snoozes;
    private final LocalFormat format;
    private final Clock clock;

    public DailyPriorityLists(People people, RankingCollections ranking, Ledger ledger, Snoozes snoozes,
            LocalFormat format, Clock clock) {
        this.people = people;
        this.snoozes = snoozes;
        this.ranking = ranking;
        this.ledger = ledger;
        this.format = format;
        this.clock = clock;
    }

    /** Today's cards, one per person and currency (a card sums one currency), keyed {@code priorities:<person>:<day>:<currency>}. */
    public List<FoundWork> today() {
        LocalDate day = LocalDate.now(clock);
        Map<CustomerId, Long> daysPastDue = ledger.openInvoices().stream().collect(Collectors.toMap(Invoice::customerId,
                i -> i.daysPastDue(day), Math::max));
        List<FoundWork> cards = new ArrayList<>();
        PriorityList team = null;
        for (Person person : people.all()) {
            Optional<CollectorId> own = person.ownAccounts();
            PriorityList list;
            if (own.isPresent()) {
                list = ranking.forCollector(own.get());
            } else if (person.has(Role.AR_MANAGER)) {
                team = team == null ? ranking.forTeam() : team;
                list = team;
            } else {
                continue;
            }
            String whose = own.isPresent() ? person.name() : "the team";
            List<PriorityLine> awake = list.lines().stream()
                    .filter(l -> !snoozes.isSnoozed(Snoozes.account(l.customerId()), day)).toList();
            byCurrency(awake).forEach((currency, lines) -> cards.add(new FoundWork(
                    "priorities:" + person.id() + ":" + day + ":" + currency,
                    Assignee.person(person.id()), PriorityListCard.of(new PriorityListCard.PriorityList(whose, day, currency,
                            lines.stream().map(l -> account(l, daysPastDue)).toList()), format), Optional.empty())));
        }
        return cards;
    }

    private static Map<String, List<PriorityLine>> byCurrency(List<PriorityLine> lines) {
        return lines.stream().collect(Collectors.groupingBy(l -> l.overdue().currency().getCurrencyCode(),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static PriorityListCard.Account account(PriorityLine line, Map<CustomerId, Long> daysPastDue) {
        String next = line.nextAction().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + line.pendingPromise().map(p -> ", promised " + p.amount() + " by " + p.promisedFor()).orElse("");
        return new PriorityListCard.Account(line.customerId().value(), line.customerName(), line.overdue().amount(),
                (int) Math.max(0, daysPastDue.getOrDefault(line.customerId(), 0L)), line.risk().score() + "/100", next);
    }
}
