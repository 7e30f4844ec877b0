package org.arbot.cards.chart;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs chart paths into expiring URLs for Slack image blocks and Teams Image elements, and verifies them when the
 * image is fetched: {@code <base><path>?expires=<epoch seconds>&sig=<base64url HMAC-SHA256 of path and expiry>}.
 *
 * <p>Slack and Teams fetch images without our credentials, so the signature is the only authorisation; the expiry
 * bounds how long a leaked link works. Comparison is constant-time.
 */
public final class ChartLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private final String baseUrl;
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    private ChartLinks(String baseUrl, byte[] secret, Duration ttl, Clock clock) {
        if (!isHttpsOrLoopback(Objects.requireNonNull(baseUrl, "baseUrl")) || baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("base url '" + baseUrl + "' must be https (or http on loopback) without a trailing slash");
        }
        if (secret.length < 32) {
            throw new IllegalArgumentException("the signing secret has " + secret.length + " bytes, fewer than 32");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("links must live a positive time, not " + ttl);
        }
        this.baseUrl = baseUrl;
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Links under {@code baseUrl} (https, or http on loopback for the local console; no trailing slash), valid for {@code ttl}, signed with {@code secret}. */
    public static ChartLinks of(String baseUrl, byte[] secret, Duration ttl, Clock clock) {
        return new ChartLinks(baseUrl, secret, ttl, clock);
    }

    /** The signed URL of {@code path} (starting with "/"), valid from now for the configured time. */
    public String sign(String path) {
        requirePath(path);
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return baseUrl + path + "?expires=" + expires + "&sig=" + signature(path, expires);
    }

    /** Whether {@code signature} is ours for {@code path} and {@code expires}, and that time has not passed. */
    public boolean verify(String path, long expires, String signature) {
        if (path == null || !path.startsWith("/") || signature == null) {
            return false;
        }
        boolean genuine = MessageDigest.isEqual(signature(path, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return genuine && clock.instant().getEpochSecond() < expires;
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Plain http only where the images never leave the machine: the local console on loopback. */
    private static boolean isHttpsOrLoopback(String baseUrl) {
        return baseUrl.startsWith("https://") || baseUrl.matches("http://(localhost|127\\.0\\.0\\.1)(:\\d+)?");
    }

    private static void requirePath(String path) {
        if (path == null || !path.matches("/[A-Za-z0-9/_.-]{1,200}")) {
            throw new IllegalArgumentException("chart path '" + path + "' must start with '/' and be URL-safe");
        }
    }
}
