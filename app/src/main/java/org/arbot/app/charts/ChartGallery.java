package org.arbot.app.charts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.arbot.cards.chart.ChartLinks;

/**
 * Keeps the chart images cards show and hands out signed, expiring links to them; an image lives as long as its link.
 */
public final class ChartGallery {

    static final String PREFIX = "/charts/";

    private final ChartLinks links;
    private final Cache<String, byte[]> images;

    ChartGallery(ChartLinks links, Duration ttl, Clock clock) {
        this.links = links;
        this.images = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(10_000)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /**
     * Stores a PNG under {@code name} (letters, digits, {@code - _ .}, ending in {@code .png}) and returns its signed URL.
     * Publishing the same name again replaces the image.
     */
    public String publish(String name, byte[] png) {
        if (!name.matches("[A-Za-z0-9_.-]{1,120}\\.png")) {
            throw new IllegalArgumentException("chart name '" + name + "' must be URL-safe and end in .png");
        }
        images.put(name, png.clone());
        return links.sign(PREFIX + name);
    }

    /** The image, when the link is genuine and unexpired and the image is still kept. */
    Optional<byte[]> fetch(String name, long expires, String signature) {
        if (!links.verify(PREFIX + name, expires, signature)) {
            return Optional.empty();
        }
        return Optional.ofNullable(images.getIfPresent(name));
    }

    boolean linkValid(String name, long expires, String signature) {
        return links.verify(PREFIX + name, expires, signature);
    }
}
