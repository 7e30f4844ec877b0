package org.arbot.app.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every arbot setting, under {@code arbot.*}. Each production part switches on when its credentials are set (usually
 * through environment variables such as {@code ARBOT_INTACCT_CLIENT_ID}); with none set, arbot runs on its embedded
 * defaults. Invalid values stop the start with a message naming the property.
 */
@Validated
@ConfigurationProperties("arbot")
public record ArbotProperties(
        @Valid @NotNull @DefaultValue Intacct intacct,
        @Valid @NotNull @DefaultValue Sandbox sandbox,
        @Valid @NotNull @DefaultValue Slack slack,
        @Valid @NotNull @DefaultValue Teams teams,
        @Valid @NotNull @DefaultValue Llm llm,
        @Valid @NotNull @DefaultValue Console console,
        @Valid @NotNull @DefaultValue Charts charts) {

    /** Sage Intacct REST API v1; used instead of the sandbox once {@code client-id} is set. */
    public record Intacct(
            @DefaultValue("https://api.intacct.com/ia/api/v1") @NotNull URI baseUrl,
            String clientId,
            String clientSecret,
            String refreshToken,
            String entityId,
            @DefaultValue("30s") @NotNull Duration timeout,
            String webhookSecret,
            @Valid @NotNull @DefaultValue Accounts accounts,
            @DefaultValue("5m") @NotNull Duration customerCacheTtl,
            @Valid @NotNull @DefaultValue Events events) {

        public boolean configured() {
            return clientId != null && !clientId.isBlank();
        }

        @AssertTrue(message = "arbot.intacct.client-secret is required when arbot.intacct.client-id is set")
        public boolean isClientSecretGiven() {
            return !configured() || clientSecret != null && !clientSecret.isBlank();
        }

        @AssertTrue(message = "arbot.intacct.customer-cache-ttl must be positive")
        public boolean isCustomerCacheTtlPositive() {
            return customerCacheTtl == null || customerCacheTtl.compareTo(Duration.ZERO) > 0;
        }

        @AssertTrue(message = "arbot.intacct.base-url must be an http(s) URL")
        public boolean isBaseUrlHttp() {
            return baseUrl == null || "https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme());
        }
    }

    /**
     * How Intacct's events reach arbot: {@code webhook} (Intacct posts to {@code /webhooks/intacct}; the default) or
     * {@code poll} (arbot drains the trigger event queue every {@code poll-interval}, for sites without inbound HTTP).
     */
    public record Events(
            @DefaultValue("webhook") @NotNull @Pattern(regexp = "webhook|poll", message = "must be 'webhook' or 'poll'") String mode,
            @DefaultValue("1m") @NotNull Duration pollInterval) {

        public boolean polling() {
            return "poll".equals(mode);
        }

        @AssertTrue(message = "arbot.intacct.events.poll-interval must be at least one second")
        public boolean isPollIntervalLongEnough() {
            return pollInterval == null || pollInterval.compareTo(Duration.ofSeconds(1)) >= 0;
        }
    }

    /** The GL accounts arbot's writes name: undeposited funds for payments, write-off and credit accounts for adjustments. */
    public record Accounts(
            @DefaultValue("1250") @NotBlank String undepositedFunds,
            @DefaultValue("4900") @NotBlank String writeOff,
            @DefaultValue("4010") @NotBlank String credit) {
    }

    /** The embedded Intacct sandbox, started on loopback when no Intacct company is configured. */
    public record Sandbox(
            @DefaultValue("0") @Min(0) @Max(65535) int port,
            @DefaultValue("42") long seed) {
    }

    /** Slack, switched on by {@code bot-token}. */
    public record Slack(
            @Pattern(regexp = "xoxb-.+", message = "must be a bot token starting with xoxb-") String botToken,
            String signingSecret,
            @Pattern(regexp = "xapp-.+", message = "must be an app-level token starting with xapp-") String appToken,
            @DefaultValue("https://slack.com/api/") @NotNull URI apiUrl,
            @DefaultValue Map<String, String> channels) {

        public boolean configured() {
            return botToken != null && !botToken.isBlank();
        }

        @AssertTrue(message = "arbot.slack.signing-secret is required when arbot.slack.bot-token is set (HTTP mode) "
                + "unless arbot.slack.app-token selects Socket Mode")
        public boolean isSigningSecretGiven() {
            return !configured() || appToken != null || signingSecret != null && !signingSecret.isBlank();
        }

        @AssertTrue(message = "arbot.slack.api-url must end with '/'")
        public boolean isApiUrlADirectory() {
            return apiUrl == null || apiUrl.toString().endsWith("/");
        }
    }

    /** Microsoft Teams through the Bot Framework, switched on by {@code app-id}. */
    public record Teams(String appId, String appPassword, String tenantId) {

        public boolean configured() {
            return appId != null && !appId.isBlank();
        }

        @AssertTrue(message = "arbot.teams.app-password is required when arbot.teams.app-id is set")
        public boolean isPasswordGiven() {
            return !configured() || appPassword != null && !appPassword.isBlank();
        }
    }

    /** An optional language model; without one, intents and answers are deterministic. */
    public record Llm(
            @Pattern(regexp = "openai|ollama", message = "must be 'openai' or 'ollama'") String provider,
            URI baseUrl,
            String apiKey,
            String model,
            @DefaultValue("20s") @NotNull Duration timeout) {

        public boolean configured() {
            return provider != null && !provider.isBlank();
        }

        @AssertTrue(message = "arbot.llm.base-url and arbot.llm.model are required when arbot.llm.provider is set")
        public boolean isEndpointGiven() {
            return !configured() || baseUrl != null && model != null && !model.isBlank();
        }
    }

    /**
     * Chart images served at signed, expiring URLs that Slack and Teams fetch without credentials.
     *
     * @param publicUrl the address Slack and Teams reach the app at (https), or loopback http for the local console
     * @param secret the signing key (at least 32 characters); empty: a random key per start, so links die with the process
     */
    public record Charts(
            @DefaultValue("http://localhost:8080") @NotNull URI publicUrl,
            String secret,
            @DefaultValue("24h") @NotNull Duration ttl) {

        @AssertTrue(message = "arbot.charts.secret must have at least 32 characters when set")
        public boolean isSecretLongEnough() {
            return secret == null || secret.isEmpty() || secret.length() >= 32;
        }
    }

    /**
     * The local console, a chat page served by the app; on loopback only unless exposed.
     *
     * @param users when exposed, the console logins (a demo person's console id) and their passwords, for HTTP Basic;
     *     set them from the environment, e.g. {@code ARBOT_CONSOLE_USERS_CHRIS}
     */
    public record Console(@DefaultValue("false") boolean exposed, @DefaultValue Map<String, String> users) {

        @AssertTrue(message = "arbot.console.users needs at least one login when arbot.console.exposed is true")
        public boolean isLoginGiven() {
            return !exposed || users != null && users.values().stream().anyMatch(p -> p != null && !p.isBlank());
        }
    }
}
