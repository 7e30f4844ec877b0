package org.arbot.cards.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Expected receipts per week with their low–high range shaded, as a PNG. */
public final class ReceiptsChart {

    /** One week's expected receipts and the range around them, in the chart's currency. */
    public record Week(LocalDate start, BigDecimal low, BigDecimal expected, BigDecimal high) {
        public Week {
            Objects.requireNonNull(start, "start");
            if (low.compareTo(expected) > 0 || expected.compareTo(high) > 0) {
                throw new IllegalArgumentException("week " + start + " needs low <= expected <= high");
            }
        }
    }

    private ReceiptsChart() {
    }

    /** The PNG of the weeks in order; amounts are in {@code currency}. */
    public static byte[] png(List<Week> weeks, String currency, Locale locale) {
        if (weeks.isEmpty()) {
            throw new IllegalArgumentException("a receipts chart needs at least one week");
        }
        XYChart chart = new XYChartBuilder().width(ChartImages.WIDTH).height(ChartImages.HEIGHT)
                .title("Receipts by week").xAxisTitle("Week starting").yAxisTitle("Receipts (" + currency + ")").build();
        ChartImages.style(chart.getStyler());
        chart.getStyler().setLocale(locale);
        chart.getStyler().setDatePattern("d MMM");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setPlotGridLinesVisible(false);
        // The band is the high series filled, with the low series filled in white over it.
        series(chart, "Range", weeks, Week::high, new Color(0xc8, 0xdc, 0xfa), true).setShowInLegend(true);
        series(chart, "low", weeks, Week::low, Color.WHITE, true).setShowInLegend(false);
        series(chart, "Expected", weeks, Week::expected, ChartImages.ACCENT, false);
        return ChartImages.png(chart);
    }

    private static XYSeries series(XYChart chart, String name, List<Week> weeks, Function<Week, BigDecimal> value,
                                   Color color, boolean area) {
        XYSeries series = chart.addSeries(name, weeks.stream().map(w -> DsoTrendChart.date(w.start())).toList(),
                weeks.stream().map(w -> (Number) value.apply(w).doubleValue()).toList());
        series.setXYSeriesRenderStyle(area ? XYSeries.XYSeriesRenderStyle.Area : XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setFillColor(color);
        return series;
    }
}
