package org.arbot.app.conversation.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Optional;
import org.arbot.core.conversation.llm.LanguageModel;

/**
 * Opens the configured language model: an OpenAI-compatible chat-completions endpoint or Ollama's {@code /api/chat}.
 * No retries: a model that fails or answers late is skipped for the deterministic answer, which is always ready.
 */
public final class LanguageModels {

    private LanguageModels() {
    }

    /**
     * @param provider {@code openai} or {@code ollama}; empty: no model
     * @param baseUrl for OpenAI-compatible endpoints the API root ({@code https://api.openai.com/v1}); for Ollama its root
     * @param apiKey the OpenAI key; may be empty for endpoints that need none
     */
    public static Optional<LanguageModel> open(String provider, String baseUrl, String model, String apiKey,
            Duration timeout) {
        if (provider == null || provider.isBlank()) {
            return Optional.empty();
        }
        ChatModel chat = switch (provider) {
            case "openai" -> OpenAiChatModel.builder().baseUrl(baseUrl).modelName(model)
                    .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                    .timeout(timeout).maxRetries(0).temperature(0.0).build();
            case "ollama" -> OllamaChatModel.builder().baseUrl(baseUrl).modelName(model)
                    .timeout(timeout).maxRetries(0).temperature(0.0).build();
            default -> throw new IllegalArgumentException("arbot.llm.provider must be openai or ollama, got " + provider);
        };
        return Optional.of(new LangChain4jLanguageModel(chat));
    }
}
