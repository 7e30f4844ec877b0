package org.arbot.core.forecast;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.arbot.cards.LocalFormat;

/**
 * Refreshes the forecast and, when any alert rule fires, posts one alert card to the treasury channel; run on a
 * schedule and after each data refresh. Returns the alerts, so the caller can record them.
 */
public final class RaisingForecastAlerts {

    static final int HISTORY_MONTHS = 15;

    private final ReadingReceivables reading;
    private final CashForecaster forecaster;
    private final AlertThresholds thresholds;
    private final Charts charts;
    private final TreasuryChannel channel;
    private final LocalFormat format;
    private final Clock clock;

    public RaisingForecastAlerts(ReadingReceivables reading, CashForecaster forecaster, AlertThresholds thresholds,
            Charts charts, TreasuryChannel channel, LocalFormat format, Clock clock) {
        this.reading = reading;
        this.forecaster = forecaster;
        this.thresholds = thresholds;
        this.charts = charts;
        this.channel = channel;
        this.format = format;
        this.clock = clock;
    }

    public List<ForecastAlert> run() {
        ReceivablesBook book = reading.read(HISTORY_MONTHS);
        CashForecast forecast = forecaster.forecast(book);
        List<ForecastAlert> alerts = ForecastAlerts.evaluate(book, forecast, thresholds);
        if (!alerts.isEmpty()) {
            YearMonth last = YearMonth.from(book.asOf()).minusMonths(1);
            DsoHistory history = DsoHistory.of(book, last.minusMonths(ForecastAlertCards.TREND_MONTHS - 1L), last);
            String id = "forecast-" + clock.instant().getEpochSecond();
            channel.post(ForecastAlertCards.of(id, alerts, history, forecast, thresholds, charts, format));
        }
        return alerts;
    }
}
