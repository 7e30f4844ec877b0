package org.arbot.cards.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** Open receivables by aging bucket as a bar chart PNG. */
public final class AgingChart {

    /** One bucket ("Current", "1-30", ...) and its open amount. */
    public record Bucket(String label, BigDecimal amount) {
        public Bucket {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private AgingChart() {
    }

    /** The PNG of the buckets, in the given order; amounts are in {@code currency}. */
    public static byte[] png(List<Bucket> buckets, String currency, Locale locale) {
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("an aging chart needs at least one bucket");
        }
        CategoryChart chart = new CategoryChartBuilder().width(ChartImages.WIDTH).height(ChartImages.HEIGHT)
                .title("Aging by bucket").xAxisTitle("Days past due").yAxisTitle("Open amount (" + currency + ")").build();
        ChartImages.style(chart.getStyler());
        chart.getStyler().setLocale(locale);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new java.awt.Color[] {ChartImages.ACCENT});
        // Doubles here are pixel positions only; amounts stay BigDecimal everywhere else.
        chart.addSeries("Open", buckets.stream().map(Bucket::label).toList(),
                buckets.stream().map(b -> (Number) b.amount().doubleValue()).toList());
        return ChartImages.png(chart);
    }
}
