package org.arbot.core.conversation.answers;

import org.arbot.core.forecast.CashForecast;
import org.arbot.core.forecast.CashForecaster;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.forecast.ReceivablesBook;

/** The receivables book and its forecast, read fresh from the ledger for each question. */
final class Forecasts {

    /** Enough months for countback DSO and the payment-behaviour history the forecast learns from. */
    static final int HISTORY_MONTHS = 15;

    private final ReadingReceivables reading;
    private final CashForecaster forecaster;

    Forecasts(ReadingReceivables reading, CashForecaster forecaster) {
        this.reading = reading;
        this.forecaster = forecaster;
    }

    ReceivablesBook book() {
        return reading.read(HISTORY_MONTHS);
    }

    CashForecast cash() {
        return cash(book());
    }

    CashForecast cash(ReceivablesBook book) {
        return forecaster.forecast(book);
    }
}
