package org.arbot.cards.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void every_chart_is_an_800_by_400_png() throws IOException {
        for (var e : ChartSamples.all().entrySet()) {
            var image = ImageIO.read(new ByteArrayInputStream(e.getValue()));
            assertThat(image).as(e.getKey()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(400);
        }
    }

    @Test
    void charts_need_data_and_a_range_must_hold_its_expectation() {
        assertThatThrownBy(() -> AgingChart.png(List.of(), "USD", Locale.US)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new ReceiptsChart.Week(java.time.LocalDate.of(2026, 12, 7),
                java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN))
                .hasMessageContaining("low <= expected <= high");
    }
}
