package org.arbot.core.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Column;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Table;
import org.arbot.cards.Tone;
import org.arbot.core.money.Money;

/** The month-end AR check as the controller's summary card: balances, variance, causes and the records behind them. */
public final class CloseCheckCard {

    static final int RECORDS_SHOWN = 5;

    private CloseCheckCard() {
    }

    public static Card of(CloseCheck check, LocalFormat f) {
        String title = "AR close check " + check.period() + ": " + switch (check.status()) {
            case RECONCILED -> "GL and subledger agree";
            case EXPLAINED -> "variance explained";
            case UNEXPLAINED -> "unexplained variance";
        };
        Tone tone = switch (check.status()) {
            case RECONCILED -> Tone.GOOD;
            case EXPLAINED -> Tone.WARNING;
            case UNEXPLAINED -> Tone.ATTENTION;
        };
        List<Element> body = new ArrayList<>();
        body.add(Header.of(title, "Accounts " + String.join(", ", check.accounts().stream().map(GlAccount::toString).toList()),
                tone));
        body.add(Facts.of(Fact.of("GL balance", money(check.glBalance(), f)),
                Fact.of("Subledger open items", money(check.subledgerBalance(), f) + " (" + check.openItems() + " invoices)"),
                Fact.of("Variance (GL - subledger)", money(check.variance(), f)),
                Fact.of("Unexplained", money(check.unexplained(), f))));
        if (!check.causes().isEmpty()) {
            body.add(Table.of("causes", List.of(Column.text("Likely cause"), Column.number("Amount"), Column.number("Records")),
                    check.causes().stream().map(c -> List.of(label(c.kind()), money(c.amount(), f),
                            f.number(c.records().size()))).toList()));
            List<String> records = check.causes().stream().flatMap(c -> c.records().stream()).limit(RECORDS_SHOWN).toList();
            body.add(Note.of("Records: " + String.join("; ", records)));
        }
        return Card.of(title + ": variance " + money(check.variance(), f) + ", unexplained " + money(check.unexplained(), f)
                + ".", body, List.of(Action.of("close_check_details", "Show records", Map.of("period",
                check.period().toString()))));
    }

    /** The cause as a person reads it. */
    public static String label(VarianceCause.Kind kind) {
        return switch (kind) {
            case MANUAL_JOURNAL_ENTRY -> "Manual journal entries to AR";
            case POSTED_IN_ANOTHER_PERIOD -> "Posted in another period";
            case UNAPPLIED_CASH -> "Unapplied cash";
            case CURRENCY_REVALUATION -> "Currency revaluation";
        };
    }

    private static String money(Money money, LocalFormat f) {
        return f.money(money.amount(), money.currency().getCurrencyCode());
    }
}
