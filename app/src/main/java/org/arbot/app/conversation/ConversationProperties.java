package org.arbot.app.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Conversation state settings, under {@code arbot.conversation}; the store itself is Redis when
 * {@code spring.data.redis.url} is set, else memory.
 *
 * @param expiry how long a conversation is remembered after its last turn
 * @param keyPrefix put before every Redis key, so several arbot installations can share one Redis
 */
@Validated
@ConfigurationProperties("arbot.conversation")
public record ConversationProperties(
        @DefaultValue("24h") @NotNull Duration expiry,
        @DefaultValue("arbot:conversation:") @NotBlank String keyPrefix,
        @DefaultValue("100000") long maximumInMemory) {
}
