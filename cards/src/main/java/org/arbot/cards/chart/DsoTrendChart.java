package org.arbot.cards.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** DSO by month, the forecast continuing it (dashed) and the alert threshold, as a line chart PNG. */
public final class DsoTrendChart {

    /** DSO in days at a month's end. */
    public record Point(LocalDate date, BigDecimal dso) {
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(dso, "dso");
        }
    }

    private DsoTrendChart() {
    }

    /** The PNG of {@code actual} then {@code forecast}, with a horizontal line at {@code threshold} days. */
    public static byte[] png(List<Point> actual, List<Point> forecast, BigDecimal threshold, Locale locale) {
        if (actual.isEmpty()) {
            throw new IllegalArgumentException("a DSO trend needs at least one actual point");
        }
        XYChart chart = new XYChartBuilder().width(ChartImages.WIDTH).height(ChartImages.HEIGHT)
                .title("DSO trend and forecast").xAxisTitle("Month").yAxisTitle("Days").build();
        ChartImages.style(chart.getStyler());
        chart.getStyler().setLocale(locale);
        chart.getStyler().setDatePattern("MMM yy");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        line(chart, "Actual", actual, ChartImages.ACCENT, SeriesLines.SOLID);
        if (!forecast.isEmpty()) {
            var joined = new java.util.ArrayList<Point>();
            joined.add(actual.get(actual.size() - 1));
            joined.addAll(forecast);
            line(chart, "Forecast", joined, ChartImages.WARNING, SeriesLines.DASH_DASH);
        }
        LocalDate first = actual.get(0).date();
        LocalDate last = forecast.isEmpty() ? actual.get(actual.size() - 1).date() : forecast.get(forecast.size() - 1).date();
        line(chart, "Threshold", List.of(new Point(first, threshold), new Point(last, threshold)), ChartImages.DANGER,
                SeriesLines.DOT_DOT);
        return ChartImages.png(chart);
    }

    private static void line(XYChart chart, String name, List<Point> points, java.awt.Color color,
                             java.awt.BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, points.stream().map(p -> date(p.date())).toList(),
                points.stream().map(p -> (Number) p.dso().doubleValue()).toList());
        series.setLineColor(color);
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
    }

    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
