package org.arbot.core.forecast;

import static org.arbot.core.forecast.Books.day;
import static org.arbot.core.forecast.Books.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashForecasterTest {

    private static final ForecastSettings SETTINGS = new ForecastSettings(13, 200, 7L, 0.1, 0.9, 8, false,
            Segmentation.byTerms());

    /** C1 on net 30 has paid four invoices 10 days late. */
    private static Books tenDaysLate() {
        return new Books().customer("C1", 30).customer("C2", 30).customer("C3", 45)
                .invoice("C1", "2026-01-05", 30, "100.00", "2026-02-14")
                .invoice("C1", "2026-02-05", 30, "100.00", "2026-03-17")
                .invoice("C1", "2026-03-05", 30, "100.00", "2026-04-14")
                .invoice("C1", "2026-03-20", 30, "100.00", "2026-04-29");
    }

    @Test
    void an_open_invoice_is_expected_on_its_due_date_plus_the_customers_own_delays() {
        // due 2026-05-25, ten days late: 2026-06-04, day 35 after 2026-04-30, the last day of week 5
        CashForecast forecast = forecaster().forecast(tenDaysLate()
                .invoice("C1", "2026-04-25", 30, "1000.00", null).asOf("2026-04-30"));

        assertThat(forecast.weeks().get(4).expected()).isEqualTo(usd("1000.00"));
        assertThat(forecast.expectedInWeeks(4)).isEqualTo(usd("0.00"));
        assertThat(forecast.receipts()).singleElement()
                .satisfies(r -> assertThat(r.basis()).isEqualTo(PayDelays.Basis.CUSTOMER));
    }

    @Test
    void a_new_customer_takes_its_segments_delays_and_one_without_peers_its_terms() {
        CashForecast forecast = forecaster().forecast(tenDaysLate()
                .invoice("C2", "2026-04-25", 30, "500.00", null)
                .invoice("C3", "2026-04-25", 45, "700.00", null).asOf("2026-04-30"));

        ExpectedReceipt segment = receipt(forecast, "C2");
        assertThat(segment.basis()).isEqualTo(PayDelays.Basis.SEGMENT);
        assertThat(segment.payDates()).containsOnly(day("2026-06-04"));
        ExpectedReceipt terms = receipt(forecast, "C3");
        assertThat(terms.basis()).isEqualTo(PayDelays.Basis.TERMS);
        assertThat(terms.payDates()).containsOnly(day("2026-06-09"));
    }

    @Test
    void an_overdue_invoice_is_expected_only_on_the_delays_it_has_not_yet_passed() {
        Books books = new Books().customer("C1", 30)
                .invoice("C1", "2026-01-01", 30, "100.00", "2026-02-02")
                .invoice("C1", "2026-01-10", 30, "100.00", "2026-02-14")
                .invoice("C1", "2026-01-20", 30, "100.00", "2026-03-11")
                .invoice("C1", "2026-02-01", 30, "100.00", "2026-04-02")
                // due 2026-04-20, 10 days past due on 2026-04-30: delays 2 and 5 are behind it, 20 and 30 ahead
                .invoice("C1", "2026-03-21", 30, "800.00", null);

        ExpectedReceipt overdue = receipt(forecaster().forecast(books.asOf("2026-04-30")), "C1");

        assertThat(overdue.payDates()).containsExactly(day("2026-05-10"), day("2026-05-20"));
    }

    @Test
    void an_invoice_older_than_every_delay_seen_is_spread_over_the_stale_weeks() {
        ReceivablesBook book = tenDaysLate().invoice("C1", "2026-01-10", 30, "560.00", null).asOf("2026-04-30");

        CashForecast forecast = forecaster().forecast(book);

        assertThat(receipt(forecast, "C1").payDates()).hasSize(56).first().isEqualTo(day("2026-05-01"));
        assertThat(forecast.weeks().get(0).expected()).isEqualTo(usd("70.00"));
        assertThat(forecast.weeks().get(8).expected()).isEqualTo(usd("0.00"));
    }

    @Test
    void a_customer_billed_every_month_gets_its_next_invoices_expected() {
        Books books = new Books().customer("C1", 30)
                .invoice("C1", "2026-01-05", 30, "2000.00", "2026-02-04")
                .invoice("C1", "2026-02-05", 30, "2100.00", "2026-03-07")
                .invoice("C1", "2026-03-06", 30, "2000.00", "2026-04-05")
                .invoice("C1", "2026-04-05", 30, "1950.00", null);

        CashForecast forecast = forecaster().forecast(books.asOf("2026-04-30"));

        List<ExpectedReceipt> recurring = forecast.receipts().stream()
                .filter(r -> r.source() == ExpectedReceipt.Source.RECURRING).toList();
        assertThat(recurring).extracting(ExpectedReceipt::issued)
                .startsWith(day("2026-05-05"), day("2026-06-05"), day("2026-07-05"));
        assertThat(recurring).allSatisfy(r -> assertThat(r.amount()).isEqualTo(usd("2000.00")));
        // paid on the due date, as every past invoice: 2026-06-04 is in week 5
        assertThat(forecast.weeks().get(4).expected()).isEqualTo(usd("2000.00"));
    }

    @Test
    void the_range_brackets_the_expected_receipts_and_the_same_book_gives_the_same_forecast() {
        ReceivablesBook book = new Books().customer("C1", 30).customer("C2", 30)
                .invoice("C1", "2026-01-01", 30, "100.00", "2026-01-25")
                .invoice("C1", "2026-01-10", 30, "100.00", "2026-02-20")
                .invoice("C1", "2026-01-20", 30, "100.00", "2026-03-15")
                .invoice("C1", "2026-04-10", 30, "5000.00", null)
                .invoice("C1", "2026-04-20", 30, "3000.00", null)
                .invoice("C2", "2026-04-22", 30, "4000.00", null).asOf("2026-04-30");

        CashForecast first = forecaster().forecast(book);

        assertThat(first.weeks()).hasSize(13).allSatisfy(w -> {
            assertThat(w.low()).isLessThanOrEqualTo(w.expected());
            assertThat(w.expected()).isLessThanOrEqualTo(w.high());
        });
        assertThat(first.expectedInWeeks(13)).isEqualTo(usd("12000.00"));
        assertThat(forecaster().forecast(book).weeks()).isEqualTo(first.weeks());
    }

    @Test
    void predicted_dso_counts_what_the_expected_receipts_leave_unpaid_at_each_month_end() {
        // 3,000 due 2026-06-09 on the terms alone: still owed at the end of May, paid by the end of June
        ReceivablesBook book = new Books().customer("C3", 45)
                .invoice("C3", "2026-04-25", 45, "3000.00", null).asOf("2026-04-30");

        List<MonthlyDso> predicted = forecaster().forecast(book).predictedDso();

        assertThat(predicted).extracting(MonthlyDso::month).startsWith(YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(predicted.get(0).ar()).isEqualTo(usd("3000.00"));
        assertThat(predicted.get(1).ar()).isEqualTo(usd("0.00"));
        // May has no sales; countback walks back to April's 3,000: 31 days of May, then 30 of April
        assertThat(predicted.get(0).countback()).isEqualByComparingTo("61.0");
    }

    private static CashForecaster forecaster() {
        return new CashForecaster(SETTINGS);
    }

    private static ExpectedReceipt receipt(CashForecast forecast, String customer) {
        return forecast.receipts().stream()
                .filter(r -> r.customerId().map(c -> c.value().equals(customer)).orElse(false))
                .filter(r -> r.source() == ExpectedReceipt.Source.OPEN_INVOICE)
                .findFirst().orElseThrow();
    }

}
