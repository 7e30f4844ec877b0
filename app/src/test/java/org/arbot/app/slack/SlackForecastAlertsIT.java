package org.arbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.arbot.core.forecast.ForecastAlert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SlackForecastAlertsIT extends SlackSandboxApp {

    @Autowired
    SlackForecastAlerts alerts;

    @Test
    void the_days_forecast_alert_is_posted_once_to_the_alerts_channel_with_its_chart() {
        List<ForecastAlert> raised = alerts.run();

        assertThat(raised).isNotEmpty();
        List<Map<String, String>> posts = requests("/api/chat.postMessage").stream()
                .map(r -> SlackRig.form(r.getBodyAsString())).toList();
        assertThat(posts).singleElement().satisfies(post -> {
            assertThat(post.get("channel")).isEqualTo("C0ALERTS");
            assertThat(post.get("blocks")).contains("\"type\":\"image\"").contains("/charts/");
            assertThat(post.get("text")).containsIgnoringCase("DSO");
        });

        assertThat(alerts.run()).as("the same day again").isEmpty();
        assertThat(requests("/api/chat.postMessage")).hasSize(1);
    }
}
