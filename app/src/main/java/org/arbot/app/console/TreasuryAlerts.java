package org.arbot.app.console;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.arbot.app.charts.ChartGallery;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.core.forecast.AlertThresholds;
import org.arbot.core.forecast.CashForecaster;
import org.arbot.core.forecast.Charts;
import org.arbot.core.forecast.ForecastSettings;
import org.arbot.core.forecast.RaisingForecastAlerts;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/**
 * The forecast alerts of the console's briefing: {@link RaisingForecastAlerts} with the room as the treasury channel,
 * so a DSO or receipts alert arrives as the same card, with its chart, that treasury gets in Slack or Teams.
 */
final class TreasuryAlerts {

    /** The console's demo thresholds: DSO above 40 days, a week under USD 50,000, a top-10 customer 10 days slower. */
    static final AlertThresholds THRESHOLDS = new AlertThresholds(new BigDecimal("40"), Money.of("50000.00", "USD"), 10, 10);

    /** Chart links on the console point at the page's own origin; {@link PostJson} makes them relative. */
    static final String SAME_ORIGIN = "https://console.invalid";

    private final Ledger ledger;
    private final ChartGallery gallery;
    private final LocalFormat format;
    private final Clock clock;

    TreasuryAlerts(Ledger ledger, ChartGallery gallery, LocalFormat format, Clock clock) {
        this.ledger = ledger;
        this.gallery = gallery;
        this.format = format;
        this.clock = clock;
    }

    /** The alert cards the forecast raises now; none when no rule fires. */
    List<Card> cards() {
        List<Card> posted = new ArrayList<>();
        Charts charts = (name, png) -> {
            URI link = URI.create(gallery.publish(name, png));
            return SAME_ORIGIN + link.getRawPath() + "?" + link.getRawQuery();
        };
        new RaisingForecastAlerts(new ReadingReceivables(ledger, clock), new CashForecaster(ForecastSettings.standard()),
                THRESHOLDS, charts, posted::add, format, clock).run();
        return posted;
    }
}
