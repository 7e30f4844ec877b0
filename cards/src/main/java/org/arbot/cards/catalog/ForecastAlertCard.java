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
import org.arbot.cards.Image;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Tone;

/** DSO drifting past its threshold: the numbers, the forecast chart (a signed link) and what drives the drift. */
public final class ForecastAlertCard {

    /** What the card shows; DSO in days, receipts in {@code currency}. */
    public record ForecastAlert(String alertId, LocalDate asOf, BigDecimal dso, BigDecimal threshold,
                                BigDecimal forecastDso, BigDecimal expectedReceipts, String currency, String chartUrl,
                                List<String> drivers) {
    }

    private ForecastAlertCard() {
    }

    public static Card of(ForecastAlert a, LocalFormat f) {
        String title = "DSO alert: " + a.dso().stripTrailingZeros().toPlainString() + " days";
        Map<String, String> ref = Map.of("alert", a.alertId());
        return Card.of(title + ", above the threshold of " + a.threshold().stripTrailingZeros().toPlainString() + " days.",
                List.of(Header.of(title, "As of " + f.date(a.asOf()), Tone.ATTENTION),
                        Facts.of(Fact.of("DSO", days(a.dso())), Fact.of("Threshold", days(a.threshold())),
                                Fact.of("Forecast, 30 days", days(a.forecastDso())),
                                Fact.of("Receipts, next 4 weeks", f.money(a.expectedReceipts(), a.currency()))),
                        Image.of(a.chartUrl(), "DSO trend with forecast against the threshold"),
                        Proposals.reasons(a.drivers()),
                        Note.of("Forecast from open invoices and each customer's payment pattern.")),
                List.of(Action.of("why", "Drill down", ref), Action.of("snooze", "Snooze a week", ref)));
    }

    private static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString() + " days";
    }
}
