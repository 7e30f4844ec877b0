package org.arbot.app.conversation.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LangChain4jLanguageModelTest {

    @Test
    void tool_arguments_become_strings_and_nulls_are_left_out() {
        assertThat(LangChain4jLanguageModel.arguments("{\"min_amount\":5000,\"customer\":null,\"reason\":\"DAMAGE\"}"))
                .isEqualTo(Map.of("min_amount", "5000", "reason", "DAMAGE"));
        assertThat(LangChain4jLanguageModel.arguments("")).isEmpty();
    }

    @Test
    void arguments_that_are_not_json_fail_so_the_deterministic_answer_is_sent() {
        assertThatThrownBy(() -> LangChain4jLanguageModel.arguments("{customer: harbor"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("not JSON");
    }

    @Test
    void no_provider_means_no_model() {
        assertThat(LanguageModels.open("", "http://localhost:1", "m", null, java.time.Duration.ofSeconds(1))).isEmpty();
        assertThat(LanguageModels.open(null, null, null, null, java.time.Duration.ofSeconds(1))).isEmpty();
    }
}
