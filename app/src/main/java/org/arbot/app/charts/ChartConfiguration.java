package org.arbot.app.charts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import org.arbot.app.config.ArbotProperties;
import org.arbot.cards.chart.ChartLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Signs chart links with the configured secret, or a random one per start when none is set. */
@Configuration(proxyBeanMethods = false)
class ChartConfiguration {

    @Bean
    ChartGallery chartGallery(ArbotProperties properties, Clock clock) {
        ArbotProperties.Charts charts = properties.charts();
        String base = charts.publicUrl().toString().replaceAll("/+$", "");
        ChartLinks links = ChartLinks.of(base, secret(charts), charts.ttl(), clock);
        return new ChartGallery(links, charts.ttl(), clock);
    }

    private static byte[] secret(ArbotProperties.Charts charts) {
        if (charts.secret() != null && !charts.secret().isEmpty()) {
            return charts.secret().getBytes(StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
