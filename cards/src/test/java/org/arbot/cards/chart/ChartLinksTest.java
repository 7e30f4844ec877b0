package org.arbot.cards.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChartLinksTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");

    private static ChartLinks at(Instant now) {
        return ChartLinks.of("https://arbot.example.com", SECRET, Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " missing in " + url);
    }

    @Test
    void a_signed_link_verifies_until_it_expires() {
        String url = at(NOW).sign("/charts/dso.png");
        assertThat(url).startsWith("https://arbot.example.com/charts/dso.png?expires=");
        long expires = Long.parseLong(query(url, "expires"));
        String sig = query(url, "sig");
        assertThat(expires).isEqualTo(NOW.plusSeconds(1800).getEpochSecond());
        assertThat(at(NOW.plusSeconds(1799)).verify("/charts/dso.png", expires, sig)).isTrue();
        assertThat(at(NOW.plusSeconds(1800)).verify("/charts/dso.png", expires, sig)).isFalse();
    }

    @Test
    void a_link_for_another_path_or_a_stretched_expiry_does_not_verify() {
        String url = at(NOW).sign("/charts/dso.png");
        long expires = Long.parseLong(query(url, "expires"));
        String sig = query(url, "sig");
        assertThat(at(NOW).verify("/charts/aging.png", expires, sig)).isFalse();
        assertThat(at(NOW).verify("/charts/dso.png", expires + 3600, sig)).isFalse();
        assertThat(at(NOW).verify("/charts/dso.png", expires, sig.substring(1) + "A")).isFalse();
        assertThat(at(NOW).verify("/charts/dso.png", expires, null)).isFalse();
    }

    @Test
    void another_secret_signs_differently() {
        var other = ChartLinks.of("https://arbot.example.com", "fedcba9876543210fedcba9876543210".getBytes(),
                Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(other.sign("/charts/dso.png")).isNotEqualTo(at(NOW).sign("/charts/dso.png"));
    }

    @Test
    void weak_secrets_plain_http_and_odd_paths_are_refused() {
        assertThatThrownBy(() -> ChartLinks.of("https://a.example", new byte[8], Duration.ofMinutes(1), Clock.systemUTC()))
                .hasMessageContaining("8 bytes");
        assertThatThrownBy(() -> ChartLinks.of("http://a.example", SECRET, Duration.ofMinutes(1), Clock.systemUTC()))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> at(NOW).sign("charts/x.png?y=1")).hasMessageContaining("URL-safe");
    }

    @Test
    void plain_http_is_allowed_on_loopback_for_the_local_console() {
        var local = ChartLinks.of("http://localhost:8080", SECRET, Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(local.sign("/charts/dso.png")).startsWith("http://localhost:8080/charts/dso.png?expires=");
        assertThatThrownBy(() -> ChartLinks.of("http://localhost.example.com", SECRET, Duration.ofMinutes(1), Clock.systemUTC()))
                .hasMessageContaining("https");
    }
}
