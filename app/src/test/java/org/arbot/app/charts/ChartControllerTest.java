package org.arbot.app.charts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.arbot.cards.chart.ChartLinks;
import org.arbot.core.governance.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChartController.class)
class ChartControllerTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Autowired
    MockMvc mvc;

    @Autowired
    ChartGallery gallery;

    @Test
    void a_signed_link_serves_the_png_until_it_expires() throws Exception {
        URI link = URI.create(gallery.publish("dso-2026-11.png", PNG));
        mvc.perform(get(link.getPath() + "?" + link.getQuery()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(content().bytes(PNG));

        CLOCK.advance(Duration.ofHours(2));
        mvc.perform(get(link.getPath() + "?" + link.getQuery())).andExpect(status().isForbidden());
    }

    @Test
    void a_forged_or_missing_signature_is_forbidden() throws Exception {
        URI link = URI.create(gallery.publish("aging.png", PNG));
        mvc.perform(get("/charts/aging.png")).andExpect(status().isForbidden());
        mvc.perform(get(link.getPath() + "?" + link.getQuery().replaceAll("sig=.", "sig=x"))).andExpect(status().isForbidden());
        mvc.perform(get("/charts/other.png?" + link.getQuery())).andExpect(status().isForbidden());
    }

    @TestConfiguration
    static class Gallery {

        @Bean
        ChartGallery chartGallery() {
            ChartLinks links = ChartLinks.of("http://localhost:8080",
                    "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1), CLOCK);
            return new ChartGallery(links, Duration.ofHours(1), CLOCK);
        }
    }
}
