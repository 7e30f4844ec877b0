package org.arbot.core.conversation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.arbot.core.conversation.llm.LanguageModel;
import org.arbot.core.conversation.llm.ModelMessage;
import org.arbot.core.conversation.llm.ToolDescription;

/** A language model that answers from a script, one reply per call, and keeps every exchange it was sent. */
final class ScriptedModel implements LanguageModel {

    private final Deque<Supplier<ModelMessage.FromModel>> script = new ArrayDeque<>();
    final List<List<ModelMessage>> sent = new ArrayList<>();

    ScriptedModel then(ModelMessage.FromModel reply) {
        script.add(() -> reply);
        return this;
    }

    ScriptedModel thenFails(RuntimeException failure) {
        script.add(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public ModelMessage.FromModel chat(List<ModelMessage> exchange, List<ToolDescription> tools) {
        sent.add(List.copyOf(exchange));
        if (script.isEmpty()) {
            throw new IllegalStateException("the script has no reply left");
        }
        return script.poll().get();
    }

    String everythingSent() {
        return sent.toString();
    }

    static ModelMessage.FromModel calls(String name, java.util.Map<String, String> arguments) {
        return new ModelMessage.FromModel("", List.of(new ModelMessage.ToolCall("call_" + name, name, arguments)));
    }
}
