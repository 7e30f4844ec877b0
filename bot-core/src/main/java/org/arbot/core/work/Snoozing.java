package org.arbot.core.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.governance.AuditKind;
import org.arbot.core.governance.AuditRecord;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Role;
import org.arbot.core.governance.Transactions;
import org.arbot.core.ledger.Ledger;

/**
 * "Snooze" on a card: puts an account off the priority lists, or the forecast alerts off the alerts channel, for a week
 * from today, as the person who clicked. Collectors and AR managers snooze accounts; AR managers and treasury snooze the
 * alerts. The snooze and its audit entry (a human action, or a refusal naming the missing role) commit together.
 */
public final class Snoozing {

    /** How long a click puts a subject aside. */
    public static final Period LENGTH = Period.ofWeeks(1);

    /** What became of a click. */
    public sealed interface Outcome {
        /** Snoozed: {@code what} names it for people. */
        record Snoozed(String what, LocalDate until) implements Outcome {
        }

        /** Not snoozed, and why, in a sentence for the person who clicked. */
        record Refused(String reason) implements Outcome {
        }
    }

    private final Snoozes snoozes;
    private final People people;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public Snoozing(Snoozes snoozes, People people, Ledger ledger, AuditTrail audit, Transactions transactions,
            Clock clock) {
        this.snoozes = snoozes;
        this.people = people;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Takes the customer's account off every priority list for a week. */
    public Outcome account(CustomerId customer, ChatIdentity by) {
        String name = ledger.customer(customer).map(Customer::name).orElse(customer.value());
        return snooze(Snoozes.account(customer), name, by, Role.COLLECTOR, Role.AR_MANAGER);
    }

    /** Keeps the daily forecast alerts from being posted for a week. */
    public Outcome forecastAlerts(ChatIdentity by) {
        return snooze(Snoozes.FORECAST_ALERTS, "the forecast alerts", by, Role.AR_MANAGER, Role.TREASURY);
    }

    private Outcome snooze(String subject, String what, ChatIdentity by, Role... allowed) {
        Optional<Person> person = people.byIdentity(by);
        if (person.isEmpty()) {
            return new Outcome.Refused("You are not set up in arbot, so " + what + " was not snoozed. Ask your AR "
                    + "manager to add you.");
        }
        Person who = person.get();
        LocalDate until = LocalDate.now(clock).plus(LENGTH);
        boolean may = Arrays.stream(allowed).anyMatch(who::has);
        Map<String, String> details = Map.of("decision", "snooze", "subject", subject, "until", until.toString());
        return transactions.inTransaction(() -> {
            if (!may) {
                audit.append(new AuditRecord(clock.instant(), AuditKind.REFUSAL, who.id().value(), by.channel(),
                        Optional.empty(), Map.of("decision", "snooze", "subject", subject, "reason", "missing role")));
                return new Outcome.Refused("Snoozing " + what + " needs the role " + roles(allowed) + "; " + what
                        + " was not snoozed.");
            }
            snoozes.snooze(subject, until, who.id().value());
            audit.append(new AuditRecord(clock.instant(), AuditKind.HUMAN_ACTION, who.id().value(), by.channel(),
                    Optional.empty(), details));
            return new Outcome.Snoozed(what, until);
        });
    }

    private static String roles(Role... roles) {
        return String.join(" or ", Arrays.stream(roles).map(Role::name).toList());
    }
}
