package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Column;
import org.arbot.cards.Header;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Table;
import org.arbot.cards.Tone;

/** The AR manager's view: each collector's load, and the accounts that most need a decision, to reassign. */
public final class TeamListCard {

    /** One collector's work for the day; {@code overdue} is in the list's currency. */
    public record Collector(String name, int accounts, BigDecimal overdue, int promisesDue) {
    }

    /** An account the manager may hand to another collector. */
    public record Escalation(String customerId, String customerName, String collector, BigDecimal overdue,
                             int daysPastDue) {
    }

    /** What the card shows. */
    public record TeamList(String manager, LocalDate day, String currency, List<Collector> collectors,
                           List<Escalation> escalations) {
    }

    private TeamListCard() {
    }

    public static Card of(TeamList t, LocalFormat f) {
        List<List<String>> rows = t.collectors().stream()
                .map(c -> List.of(c.name(), f.number(c.accounts()), f.money(c.overdue(), t.currency()),
                        f.number(c.promisesDue())))
                .toList();
        List<Item> items = t.escalations().stream()
                .map(e -> Item.of(e.customerName(), f.money(e.overdue(), t.currency()) + " overdue \u00B7 "
                                + f.number(e.daysPastDue()) + " days \u00B7 with " + e.collector(),
                        List.of(Action.of("reassign", "Reassign", Map.of("customer", e.customerId())))))
                .toList();
        String title = "Team collections, " + f.date(t.day());
        return Card.of(title + ": " + t.collectors().size() + " collectors, " + t.escalations().size()
                        + " accounts to review.",
                List.of(Header.of(title, "For " + t.manager(), Tone.NEUTRAL),
                        Table.of("collectors", List.of(Column.text("Collector"), Column.number("Accounts"),
                                Column.number("Overdue"), Column.number("Promises due")), rows),
                        Items.of("escalations", items)),
                List.of());
    }
}
