package org.arbot.slack;

import java.util.Map;
import java.util.Objects;

/**
 * How to reach Slack.
 *
 * @param apiUrl the Web API base, e.g. {@code https://slack.com/api/}
 * @param channels channel ids per queue ({@code credit}, {@code cash-application}, {@code deductions},
 *     {@code collections}, {@code alerts}); {@code default} takes any queue not listed
 */
public record SlackSettings(String botToken, String signingSecret, String apiUrl, Map<String, String> channels) {

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        signingSecret = signingSecret == null ? "" : signingSecret;
        Objects.requireNonNull(apiUrl, "apiUrl");
        channels = Map.copyOf(channels);
    }
}
