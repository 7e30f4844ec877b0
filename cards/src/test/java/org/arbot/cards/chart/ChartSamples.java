package org.arbot.cards.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sample charts by the file names the sample cards link to. */
public final class ChartSamples {

    private ChartSamples() {
    }

    public static Map<String, byte[]> all() {
        var charts = new LinkedHashMap<String, byte[]>();
        charts.put("aging-2026-11-27.png", aging());
        charts.put("dso-2026-11.png", dso());
        charts.put("receipts-2026-11-27.png", receipts());
        return charts;
    }

    static byte[] aging() {
        return AgingChart.png(List.of(new AgingChart.Bucket("Current", new BigDecimal("1250400.00")),
                new AgingChart.Bucket("1-30", new BigDecimal("610250.50")), new AgingChart.Bucket("31-60", new BigDecimal("301900.00")),
                new AgingChart.Bucket("61-90", new BigDecimal("120300.75")), new AgingChart.Bucket("90+", new BigDecimal("98000.00"))),
                "USD", Locale.US);
    }

    static byte[] dso() {
        var actual = new ArrayList<DsoTrendChart.Point>();
        String[] values = {"41.2", "42.0", "41.5", "43.1", "44.0", "44.8", "45.9", "47.2", "48.6"};
        for (int i = 0; i < values.length; i++) {
            actual.add(new DsoTrendChart.Point(LocalDate.of(2026, 3 + i, 1).plusMonths(1).minusDays(1), new BigDecimal(values[i])));
        }
        var forecast = List.of(new DsoTrendChart.Point(LocalDate.of(2026, 12, 31), new BigDecimal("50.1")),
                new DsoTrendChart.Point(LocalDate.of(2027, 1, 31), new BigDecimal("51.2")));
        return DsoTrendChart.png(actual, forecast, new BigDecimal("45"), Locale.US);
    }

    static byte[] receipts() {
        var weeks = new ArrayList<ReceiptsChart.Week>();
        for (int i = 0; i < 13; i++) {
            BigDecimal expected = new BigDecimal(420000 + (i % 4) * 31000 - i * 4000);
            BigDecimal spread = new BigDecimal(30000 + i * 6000);
            weeks.add(new ReceiptsChart.Week(LocalDate.of(2026, 11, 30).plusWeeks(i), expected.subtract(spread), expected,
                    expected.add(spread)));
        }
        return ReceiptsChart.png(weeks, "USD", Locale.US);
    }
}
