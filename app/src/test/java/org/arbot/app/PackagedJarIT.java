package org.arbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar as a user runs it: no configuration at all, then the health endpoint. */
class PackagedJarIT {

    private static final Path JAR = Paths.get(System.getProperty("arbot.jar", "target/arbot.jar"));

    @TempDir
    Path workDir;

    @Test
    void the_jar_starts_on_the_embedded_defaults_and_reports_up() throws Exception {
        int port = freePort();
        Path log = workDir.resolve("arbot.log");
        Process arbot = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body())
                            .contains("\"status\":\"UP\""));
            assertThat(Files.readString(log)).contains("arbot is up", "/actuator/health");
            assertThat(workDir.resolve("data")).isDirectory();
        } finally {
            arbot.destroy();
            if (!arbot.waitFor(20, TimeUnit.SECONDS)) {
                arbot.destroyForcibly();
            }
        }
    }

    @Test
    void a_command_runs_without_the_web_server_and_answers_help() throws Exception {
        Process help = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "--help")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        String printed = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(printed).contains("Usage: arbot", "Commands:", "version").doesNotContain("Tomcat");

        Process unknown = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "no-such-command")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        unknown.getInputStream().readAllBytes();
        assertThat(unknown.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unknown.exitValue()).isEqualTo(2);
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
