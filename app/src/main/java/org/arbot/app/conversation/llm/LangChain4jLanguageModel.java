package org.arbot.app.conversation.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.conversation.llm.LanguageModel;
import org.arbot.core.conversation.llm.ModelMessage;
import org.arbot.core.conversation.llm.ModelMessage.FromModel;
import org.arbot.core.conversation.llm.ModelMessage.ToolCall;
import org.arbot.core.conversation.llm.ToolDescription;

/** The {@link LanguageModel} port over a langchain4j {@link ChatModel} (OpenAI-compatible or Ollama), tools included. */
final class LangChain4jLanguageModel implements LanguageModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatModel chat;

    LangChain4jLanguageModel(ChatModel chat) {
        this.chat = chat;
    }

    @Override
    public FromModel chat(List<ModelMessage> exchange, List<ToolDescription> tools) {
        ChatRequest request = ChatRequest.builder()
                .messages(exchange.stream().map(LangChain4jLanguageModel::message).toList())
                .toolSpecifications(tools.stream().map(LangChain4jLanguageModel::specification).toList())
                .build();
        AiMessage said = chat.chat(request).aiMessage();
        List<ToolCall> calls = new ArrayList<>();
        if (said.hasToolExecutionRequests()) {
            List<ToolExecutionRequest> requests = said.toolExecutionRequests();
            for (int i = 0; i < requests.size(); i++) {
                ToolExecutionRequest r = requests.get(i);
                // Ollama gives its tool calls no id; any id works there, since it matches results by order.
                calls.add(new ToolCall(r.id() == null ? "call_" + i : r.id(), r.name(), arguments(r.arguments())));
            }
        }
        return new FromModel(said.text(), calls);
    }

    private static ChatMessage message(ModelMessage message) {
        if (message instanceof ModelMessage.Instructions i) {
            return SystemMessage.from(i.text());
        }
        if (message instanceof ModelMessage.FromUser u) {
            return UserMessage.from(u.text());
        }
        if (message instanceof FromModel m) {
            return m.calls().isEmpty() ? AiMessage.from(m.text())
                    : m.text().isBlank() ? AiMessage.from(requests(m)) : AiMessage.from(m.text(), requests(m));
        }
        ModelMessage.ToolResult r = (ModelMessage.ToolResult) message;
        return ToolExecutionResultMessage.from(r.call().id(), r.call().name(), r.text());
    }

    private static List<ToolExecutionRequest> requests(FromModel said) {
        return said.calls().stream().map(c -> ToolExecutionRequest.builder().id(c.id()).name(c.name())
                .arguments(JSON.valueToTree(c.arguments()).toString()).build()).toList();
    }

    private static ToolSpecification specification(ToolDescription tool) {
        JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
        for (ToolDescription.Parameter p : tool.parameters()) {
            if (p.allowed().isEmpty()) {
                parameters.addStringProperty(p.name(), p.description());
            } else {
                parameters.addEnumProperty(p.name(), p.allowed(), p.description());
            }
        }
        parameters.required(tool.parameters().stream().filter(ToolDescription.Parameter::required)
                .map(ToolDescription.Parameter::name).toList());
        return ToolSpecification.builder().name(tool.name()).description(tool.description())
                .parameters(parameters.build()).build();
    }

    /** The call's JSON arguments as strings; numbers and booleans keep their JSON text, nulls are left out. */
    static Map<String, String> arguments(String json) {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return arguments;
        }
        try {
            JsonNode node = JSON.readTree(json);
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    arguments.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
                }
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("the model's tool arguments are not JSON: " + json, e);
        }
        return arguments;
    }
}
