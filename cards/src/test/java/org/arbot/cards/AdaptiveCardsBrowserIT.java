package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.arbot.cards.catalog.CardSamples;
import org.arbot.cards.chart.ChartSamples;
import org.arbot.cards.teams.AdaptiveCardRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sample Adaptive Card rendered by Microsoft's {@code adaptivecards} renderer in headless Chromium (Debian's
 * {@code chromium}, driven by {@code playwright-core}): a screenshot per card, and buttons pressed to check what a card
 * submits. Fails, never skips, when Chromium, Node or npm is missing.
 */
class AdaptiveCardsBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Path screenshots;
    private static JsonNode result;

    @BeforeAll
    static void render_every_card_in_the_browser() throws Exception {
        Path project = Path.of(System.getProperty("browser.project.dir", "src/test/browser"));
        Path out = Path.of(System.getProperty("browser.output.dir", "target"));
        Path cards = Files.createDirectories(out.resolve("browser/cards"));
        Path charts = Files.createDirectories(out.resolve("browser/charts"));
        screenshots = Files.createDirectories(out.resolve("screenshots"));
        var renderer = new AdaptiveCardRenderer();
        for (var e : CardSamples.all().entrySet()) {
            Files.writeString(cards.resolve(e.getKey() + ".json"), renderer.renderJson(e.getValue()));
        }
        for (var e : ChartSamples.all().entrySet()) {
            Files.write(charts.resolve(e.getKey()), e.getValue());
        }
        if (!Files.isExecutable(CHROMIUM)) {
            fail("/usr/bin/chromium is missing: install Debian's chromium package (apt-get install -y chromium)");
        }
        run(project, List.of("node", "--version"), "node is missing: install Debian's nodejs and npm packages");
        if (!Files.isDirectory(project.resolve("node_modules/adaptivecards"))
                || !Files.isDirectory(project.resolve("node_modules/playwright-core"))) {
            run(project, List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci failed in " + project);
        }
        String output = run(project, List.of("node", "render-cards.mjs", cards.toString(), screenshots.toString(),
                charts.toString()), "rendering the cards in Chromium failed");
        String[] lines = output.strip().split("\n");
        result = MAPPER.readTree(lines[lines.length - 1]);
    }

    @Test
    void every_card_type_renders_without_parse_errors_and_leaves_a_screenshot() throws IOException {
        assertThat(result.path("rendered").size()).isEqualTo(CardSamples.all().size());
        for (JsonNode card : result.path("rendered")) {
            assertThat(card.path("errors")).as("parse events of %s", card.path("name")).isEmpty();
        }
        for (String name : CardSamples.all().keySet()) {
            Path png = screenshots.resolve(name + ".png");
            assertThat(png).exists();
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G').hasSizeGreaterThan(2000);
        }
    }

    @Test
    void choosing_invoices_submits_the_action_the_proposal_and_the_inputs() {
        JsonNode submitted = result.path("submitted");
        assertThat(submitted.path("type").asText()).isEqualTo("Action.Execute");
        assertThat(submitted.path("verb").asText()).isEqualTo("choose_invoices");
        assertThat(submitted.path("data").path("action").asText()).isEqualTo("choose_invoices");
        assertThat(submitted.path("data").path("proposal").asText()).isEqualTo("prop-a3d2");
        assertThat(submitted.path("data").path("invoices").asText()).isEqualTo("INV-8790");
        assertThat(submitted.path("data").path("note").asText()).isEqualTo("Globex paid two invoices in one ACH");
    }

    @Test
    void releasing_a_credit_hold_asks_first_and_then_submits_approve() {
        assertThat(screenshots.resolve("credit-hold.confirming.png")).exists();
        JsonNode confirmed = result.path("confirmed");
        assertThat(confirmed.path("verb").asText()).isEqualTo("approve");
        assertThat(confirmed.path("data").path("proposal").asText()).isEqualTo("prop-7f3a");
    }

    private static String run(Path dir, List<String> command, String failure) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail(failure + " (" + e.getMessage() + ")");
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail(failure + ": no answer in 150 seconds");
        }
        String text = new String(output, java.nio.charset.StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            return fail(failure + " (exit " + process.exitValue() + "):\n" + text);
        }
        return text;
    }
}
