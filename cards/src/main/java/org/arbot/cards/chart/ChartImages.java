package org.arbot.cards.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** Shared look and PNG encoding of the chart images. */
final class ChartImages {

    static final int WIDTH = 800;
    static final int HEIGHT = 400;
    static final Color INK = new Color(0x24, 0x29, 0x2f);
    static final Color ACCENT = new Color(0x1f, 0x6f, 0xeb);
    static final Color WARNING = new Color(0xd2, 0x99, 0x22);
    static final Color DANGER = new Color(0xcf, 0x22, 0x2e);
    static final Color MUTED = new Color(0x8c, 0x95, 0x9f);

    private ChartImages() {
    }

    static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartFontColor(INK);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setAntiAlias(true);
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("chart " + chart.getTitle() + " could not be encoded", e);
        }
    }
}
