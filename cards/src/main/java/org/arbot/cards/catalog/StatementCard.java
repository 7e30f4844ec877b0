package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Column;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Table;
import org.arbot.cards.Tone;

/** A customer's reconciled statement for a period: balances, its lines (paged) and unresolved items. */
public final class StatementCard {

    /** One statement line; amounts are in the statement's currency. */
    public record Line(LocalDate date, String document, String description, BigDecimal amount, BigDecimal balance) {
    }

    /** What the card shows. */
    public record Statement(String customerId, String customerName, LocalDate from, LocalDate to, String currency,
                            BigDecimal opening, BigDecimal closing, int unresolved, List<Line> lines) {
    }

    private StatementCard() {
    }

    public static Card of(Statement s, LocalFormat f) {
        return of(s, 0, f);
    }

    /** The page of lines that starts at {@code offset}, as asked by "Show more". */
    public static Card of(Statement s, int offset, LocalFormat f) {
        String period = f.date(s.from()) + " \u2013 " + f.date(s.to());
        List<List<String>> rows = s.lines().stream()
                .map(l -> List.of(f.date(l.date()), l.document(), l.description(), f.money(l.amount(), s.currency()),
                        f.money(l.balance(), s.currency())))
                .toList();
        Map<String, String> ref = Map.of("customer", s.customerId(), "from", s.from().toString(), "to", s.to().toString());
        return Card.of("Statement for " + s.customerName() + ", " + period + ": closing balance "
                        + f.money(s.closing(), s.currency()) + ".",
                List.of(Header.of("Statement: " + s.customerName(), period, s.unresolved() > 0 ? Tone.WARNING : Tone.GOOD),
                        Facts.of(Fact.of("Opening balance", f.money(s.opening(), s.currency())),
                                Fact.of("Closing balance", f.money(s.closing(), s.currency())),
                                Fact.of("Unresolved items", f.number(s.unresolved()))),
                        Table.of("lines", List.of(Column.text("Date"), Column.text("Document"), Column.text("Description"),
                                Column.number("Amount"), Column.number("Balance")), rows).at(offset)),
                List.of(Action.of("send_statement", "Send statement", ActionStyle.PRIMARY, ref),
                        Action.of("dispute", "Open dispute", ref)));
    }
}
