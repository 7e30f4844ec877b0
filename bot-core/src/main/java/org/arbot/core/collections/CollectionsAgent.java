package org.arbot.core.collections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.money.Money;

/**
 * Scores each account's risk of slipping further and ranks the overdue ones by expected impact (overdue amount times that
 * probability), each with its next best action. Pure: everything it needs is in the {@link AccountFacts}.
 */
public final class CollectionsAgent {

    /** The risk score of one account, with its contributing factors. */
    public RiskScore score(AccountFacts facts) {
        return RiskScoring.score(facts);
    }

    /** The account's line on a priority list; empty when nothing is overdue. */
    public Optional<PriorityLine> line(AccountFacts facts) {
        Money overdue = facts.aging().overdue();
        if (!overdue.isPositive()) {
            return Optional.empty();
        }
        RiskScore risk = score(facts);
        Money impact = overdue.times(BigDecimal.valueOf(risk.score()).movePointLeft(2), RoundingMode.HALF_UP);
        return Optional.of(new PriorityLine(facts.customer().id(), facts.customer().name(), facts.customer().collector(),
                overdue, risk, impact, NextAction.of(facts, risk), ReminderStage.of(facts), facts.pendingPromise()));
    }

    /**
     * Ranks the overdue accounts among {@code accounts}: the collector's own when one is named, every account otherwise.
     * Ties go to the larger overdue amount.
     */
    public PriorityList rank(List<AccountFacts> accounts, Optional<CollectorId> collector, java.time.LocalDate asOf) {
        List<PriorityLine> lines = accounts.stream()
                .filter(a -> collector.map(c -> c.equals(a.customer().collector())).orElse(true))
                .map(this::line).flatMap(Optional::stream)
                .sorted(Comparator.comparing((PriorityLine l) -> l.expectedImpact().amount()).reversed()
                        .thenComparing(l -> l.overdue().amount(), Comparator.reverseOrder())
                        .thenComparing(l -> l.customerId().value()))
                .toList();
        return new PriorityList(collector, asOf, lines);
    }
}
