package org.arbot.cards.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.arbot.cards.catalog.CardSamples;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SlackContractTest {

    private final SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();

    @TestFactory
    Stream<DynamicTest> every_sample_card_parses_with_slacks_model_and_keeps_the_block_kit_limits() {
        return CardSamples.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            var message = renderer.render(e.getValue());
            var parsed = BlockKitContract.parse(message.toString());
            assertThat(parsed.getBlocks()).hasSize(message.path("blocks").size());
            assertThat(parsed.getText()).isEqualTo(message.path("text").asText());
            assertThat(BlockKitContract.violations(message)).isEmpty();
        }));
    }

    @Test
    void the_parser_rejects_blocks_and_properties_that_slack_does_not_know() {
        assertThatThrownBy(() -> BlockKitContract.parse("{\"text\":\"t\",\"blocks\":[{\"type\":\"tabel\"}]}"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> BlockKitContract.parse(
                "{\"text\":\"t\",\"blocks\":[{\"type\":\"section\",\"txt\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}]}"))
                .isInstanceOf(RuntimeException.class);
    }
}
