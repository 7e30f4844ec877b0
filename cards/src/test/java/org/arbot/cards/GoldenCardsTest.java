package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.arbot.cards.catalog.CardSamples;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.cards.teams.AdaptiveCardRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each sample card, rendered for each channel, equals its reviewed golden file. Regenerate after an intended change
 * with {@code -Dgolden.update=true}, then review the diff.
 */
class GoldenCardsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> every_sample_card_renders_as_its_golden_file_for_both_channels() {
        var slack = new SlackBlockKitRenderer();
        var teams = new AdaptiveCardRenderer();
        return CardSamples.all().entrySet().stream().flatMap(e -> Stream.of(
                DynamicTest.dynamicTest(e.getKey() + ".slack", () -> compare(e.getKey() + ".slack.json", slack.render(e.getValue()))),
                DynamicTest.dynamicTest(e.getKey() + ".teams", () -> compare(e.getKey() + ".teams.json", teams.render(e.getValue())))));
    }

    private static void compare(String name, JsonNode rendered) throws IOException {
        Path file = Path.of(System.getProperty("golden.dir", "src/test/resources/golden")).resolve(name);
        String pretty = MAPPER.writeValueAsString(rendered) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty);
        }
        assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", name).exists();
        assertThat(pretty).as("%s differs from its golden file; if intended, rerun with -Dgolden.update=true", name)
                .isEqualTo(Files.readString(file));
    }
}
