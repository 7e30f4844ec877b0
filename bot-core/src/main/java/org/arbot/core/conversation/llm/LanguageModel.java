package org.arbot.core.conversation.llm;

import java.util.List;

/**
 * A chat language model that can call tools: given the exchange so far and the tools offered, it either asks for tool
 * calls or says its final text.
 *
 * <p>Everything passed here leaves the process; callers hide personal data first. A timeout or any failure of the
 * model is thrown as a {@link RuntimeException}, and the caller falls back to its deterministic answer.
 */
@FunctionalInterface
public interface LanguageModel {

    ModelMessage.FromModel chat(List<ModelMessage> exchange, List<ToolDescription> tools);
}
