package org.arbot.core.close;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.money.Money;

/** A general ledger held in memory: one AR control account, its lines, and the balance they add up to. */
public final class InMemoryGeneralLedger implements GeneralLedger {

    private final GlAccount account;
    private final Money opening;
    private final List<JournalLine> lines = new ArrayList<>();

    public InMemoryGeneralLedger(GlAccount account, Money opening) {
        this.account = account;
        this.opening = opening;
    }

    public InMemoryGeneralLedger post(JournalLine line) {
        lines.add(line);
        return this;
    }

    @Override
    public List<GlAccount> receivablesAccounts() {
        return List.of(account);
    }

    @Override
    public Money balance(GlAccount of, YearMonth period) {
        LocalDate end = period.atEndOfMonth();
        return lines.stream().filter(l -> of.equals(account) && !l.postingDate().isAfter(end))
                .map(JournalLine::amount).reduce(opening, Money::plus);
    }

    @Override
    public List<JournalLine> lines(GlAccount of, LocalDate from, LocalDate to) {
        return lines.stream().filter(l -> of.equals(account) && !l.postingDate().isBefore(from) && !l.postingDate().isAfter(to))
                .toList();
    }
}
