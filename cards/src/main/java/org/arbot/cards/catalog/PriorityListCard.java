package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Tone;

/** A collector's accounts for the day, riskiest first, each with reminder, promise and snooze. */
public final class PriorityListCard {

    /** One account to work; {@code overdue} is in the list's currency. */
    public record Account(String customerId, String customerName, BigDecimal overdue, int daysPastDue, String risk,
                          String nextStep) {
    }

    /** What the card shows. */
    public record PriorityList(String collector, LocalDate day, String currency, List<Account> accounts) {
    }

    private PriorityListCard() {
    }

    public static Card of(PriorityList list, LocalFormat f) {
        return of(list, 0, f);
    }

    /** The page of the list that starts at {@code offset}, as asked by "Show more". */
    public static Card of(PriorityList list, int offset, LocalFormat f) {
        BigDecimal total = list.accounts().stream().map(Account::overdue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Item> items = list.accounts().stream().map(a -> item(a, list.currency(), f)).toList();
        String title = "Priority list for " + list.collector() + ", " + f.date(list.day());
        return Card.of(title + ": " + list.accounts().size() + " accounts, " + f.money(total, list.currency()) + " overdue.",
                List.of(Header.of(title, "Riskiest accounts first", Tone.NEUTRAL),
                        Facts.of(Fact.of("Accounts", f.number(list.accounts().size())),
                                Fact.of("Overdue", f.money(total, list.currency()))),
                        Items.of("accounts", items).at(offset)),
                List.of());
    }

    private static Item item(Account a, String currency, LocalFormat f) {
        Map<String, String> ref = Map.of("customer", a.customerId());
        return Item.of(a.customerName(),
                f.money(a.overdue(), currency) + " overdue \u00B7 " + f.number(a.daysPastDue()) + " days \u00B7 risk "
                        + a.risk() + " \u00B7 " + a.nextStep(),
                List.of(Action.of("send_reminder", "Send reminder", ref),
                        Action.of("log_promise", "Log promise", ref),
                        Action.of("snooze", "Snooze", ref)));
    }
}
