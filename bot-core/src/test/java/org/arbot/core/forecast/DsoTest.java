package org.arbot.core.forecast;

import static org.arbot.core.forecast.Books.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DsoTest {

    @Test
    void standard_dso_is_ar_over_the_months_sales_times_its_days() {
        // 150,000 / 100,000 x 31 = 46.5
        assertThat(Dso.standard(usd("150000.00"), usd("100000.00"), 31)).contains(new BigDecimal("46.5"));
    }

    @Test
    void standard_dso_is_undefined_for_a_month_without_sales() {
        assertThat(Dso.standard(usd("5000.00"), usd("0.00"), 30)).isEmpty();
    }

    @Test
    void countback_absorbs_whole_months_then_a_fraction_of_the_next() {
        // March 100,000 absorbed fully: 31 days, 50,000 left; February 50,000 / 80,000 x 28 = 17.5; total 48.5
        List<Dso.MonthSales> back = List.of(new Dso.MonthSales(usd("100000.00"), 31),
                new Dso.MonthSales(usd("80000.00"), 28), new Dso.MonthSales(usd("90000.00"), 31));
        assertThat(Dso.countback(usd("150000.00"), back)).isEqualByComparingTo("48.5");
    }

    @Test
    void countback_within_the_last_month_is_the_fraction_of_its_days() {
        // 50,000 / 100,000 x 31 = 15.5
        assertThat(Dso.countback(usd("50000.00"), List.of(new Dso.MonthSales(usd("100000.00"), 31))))
                .isEqualByComparingTo("15.5");
    }

    @Test
    void countback_beyond_the_history_counts_every_month_of_it() {
        List<Dso.MonthSales> back = List.of(new Dso.MonthSales(usd("100000.00"), 31), new Dso.MonthSales(usd("80000.00"), 28));
        assertThat(Dso.countback(usd("300000.00"), back)).isEqualByComparingTo("59.0");
    }

    @Test
    void monthly_dso_reads_ar_and_sales_from_the_book_on_each_month_end() {
        ReceivablesBook book = new Books().customer("C1", 30)
                .invoice("C1", "2026-01-05", 30, "1000.00", "2026-02-10")
                .invoice("C1", "2026-01-20", 30, "2000.00", null)
                .invoice("C1", "2026-02-03", 30, "1500.00", "2026-02-20")
                .asOf("2026-02-28");

        DsoHistory history = DsoHistory.of(book, YearMonth.of(2026, 1), YearMonth.of(2026, 2));

        MonthlyDso january = history.month(YearMonth.of(2026, 1)).orElseThrow();
        assertThat(january.ar()).isEqualTo(usd("3000.00"));
        assertThat(january.standard()).contains(new BigDecimal("31.0"));
        assertThat(january.countback()).isEqualByComparingTo("31.0");
        MonthlyDso february = history.current().orElseThrow();
        // standard: 2,000 / 1,500 x 28 = 37.33; countback: February 28 days, then 500 / 3,000 x 31 = 5.17
        assertThat(february.ar()).isEqualTo(usd("2000.00"));
        assertThat(february.standard()).contains(new BigDecimal("37.3"));
        assertThat(february.countback()).isEqualByComparingTo("33.2");
    }

    @Test
    void the_trend_is_the_slope_of_countback_dso_in_days_per_month() {
        DsoHistory history = new DsoHistory(List.of(month(1, "30.0"), month(2, "32.0"), month(3, "34.0")));
        assertThat(history.trend(3)).isEqualByComparingTo("2.0");
        assertThat(new DsoHistory(List.of(month(1, "30.0"))).trend(3)).isEqualByComparingTo("0");
    }

    private static MonthlyDso month(int m, String countback) {
        return new MonthlyDso(YearMonth.of(2026, m), usd("0.00"), usd("0.00"), java.util.Optional.empty(),
                new BigDecimal(countback));
    }
}
