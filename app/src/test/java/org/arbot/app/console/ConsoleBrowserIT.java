package org.arbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.arbot.app.ArbotApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real browser: headless Debian {@code chromium} driven by {@code playwright-core} opens the page of
 * a running app (sandbox ledger, in-memory database), sees the bot's cards, is refused as the viewer, releases a credit
 * hold as the credit manager and asks questions. Screenshots go to {@code target/console-screenshots}. Fails, never
 * skips, when Chromium, Node or npm is missing.
 */
@SpringBootTest(classes = ArbotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1",
                "arbot.governance.worker.enabled=false"})
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path PROJECT = Path.of(System.getProperty("console.browser.dir", "src/test/browser"));
    private static JsonNode seen;

    @LocalServerPort
    int port;

    @BeforeAll
    static void the_browser_tools_are_there() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("/usr/bin/chromium is missing: install Debian's chromium package (apt-get install -y chromium)");
        }
        run(List.of("node", "--version"), "node is missing: install Debian's nodejs and npm packages");
        if (!Files.isDirectory(PROJECT.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(PROJECT.resolve("node_modules/adaptivecards"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci failed in " + PROJECT);
        }
    }

    private JsonNode seen() throws Exception {
        if (seen == null) {
            Path shots = Files.createDirectories(Path.of("target/console-screenshots"));
            String output = run(List.of("node", "drive-console.mjs", "http://localhost:" + port, shots.toAbsolutePath().toString()),
                    "driving the console in Chromium failed");
            String[] lines = output.strip().split("\n");
            seen = new ObjectMapper().readTree(lines[lines.length - 1]);
        }
        return seen;
    }

    @Test
    void the_page_shows_the_bots_cards_and_the_demo_people() throws Exception {
        JsonNode result = seen();
        assertThat(result.path("holds").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(result.path("cards").asInt()).isGreaterThanOrEqualTo(result.path("holds").asInt() + 2);
        assertThat(result.path("people").toString()).contains("Chris Credit", "Victor", "Carla Collector");
        assertThat(result.path("pageErrors")).isEmpty();
        assertThat(Path.of("target/console-screenshots/01-room.png")).exists();
    }

    @Test
    void the_viewer_is_refused_and_the_order_stays_held() throws Exception {
        JsonNode result = seen();
        assertThat(result.path("refusal").asText()).startsWith("Not allowed:").containsIgnoringCase("victor");
        assertThat(result.path("viewerCardStillOpen").asBoolean()).isTrue();
        assertThat(result.path("viewerOrderState").asText()).isEqualTo("PENDING");
    }

    @Test
    void the_credit_manager_releases_a_hold_and_sees_the_outcome_and_the_order_approved() throws Exception {
        JsonNode result = seen();
        assertThat(result.path("outcome").asText()).contains("Chris", result.path("order").asText());
        assertThat(result.path("buttonsLeft").asInt()).isZero();
        assertThat(result.path("orderState").asText()).isEqualTo("APPROVED");
        assertThat(result.path("auditHuman").asText()).contains("chris", "APPROVE");
        assertThat(Path.of("target/console-screenshots/03-approved.png")).exists();
    }

    @Test
    void questions_typed_on_the_page_are_answered_in_the_room() throws Exception {
        JsonNode answers = seen().path("answers");
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).path("answer").asText()).containsIgnoringCase("acme");
        assertThat(answers.get(1).path("answer").asText()).containsIgnoringCase("forecast");
    }

    @Test
    void the_served_renderer_is_the_one_the_npm_package_ships() throws IOException {
        byte[] served = Files.readAllBytes(Path.of("src/main/resources/static/console/vendor/adaptivecards-3.0.6.min.js"));
        byte[] shipped = Files.readAllBytes(PROJECT.resolve("node_modules/adaptivecards/dist/adaptivecards.min.js"));
        assertThat(served).isEqualTo(shipped);
    }

    private static String run(List<String> command, String failure) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail(failure + " (" + e.getMessage() + ")");
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail(failure + ": no answer in 150 seconds");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            return fail(failure + " (exit " + process.exitValue() + "):\n" + text);
        }
        return text;
    }
}
