package org.arbot.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.ledger.InMemoryLedger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with Slack in Socket Mode and no HTTP endpoint configured: {@code apps.connections.open} on WireMock hands
 * out the URL of a WebSocket server on loopback that speaks Slack's side of Socket Mode (hello, then an interactive
 * envelope carrying the shared {@code block_actions} sample); the app acks the envelope over the socket and the click
 * decides the proposal and updates its card through the Web API, as in HTTP mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // closes the socket, which would otherwise keep reconnecting to the stopped server
class SlackSocketModeIT {

    static final WireMockServer slackApi = new WireMockServer(options().dynamicPort());
    static final SlackSide slack = new SlackSide();
    static final String PREFIX = "arbot-test:" + UUID.randomUUID() + ":";
    static final String CHRIS = "U0DEMOCRM1";
    static final String TS = "1503435956.000247";

    static {
        slackApi.start();
        slack.start();
        ObjectNode auth = SlackRig.sampleJson("auth.test.json").put("ok", true).put("error", "");
        slackApi.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson(auth.toString())));
        slackApi.stubFor(post(urlEqualTo("/api/apps.connections.open")).willReturn(okJson(
                "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + slack.port() + "/link/?ticket=t-1&app_id=A0ARBOT\"}")));
        slackApi.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.chat.postMessage.200-ok.json"))));
        slackApi.stubFor(post(urlEqualTo("/api/chat.update"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.chat.update.200-ok.json"))));
        slackApi.stubFor(post(urlEqualTo("/api/chat.postEphemeral"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.chat.postEphemeral.200-ok.json"))));
    }

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void socketModeOnLoopback(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("arbot") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:6379");
        registry.add("arbot.conversation.key-prefix", () -> PREFIX + "conversation:");
        registry.add("arbot.slack.delivery-key-prefix", () -> PREFIX + "delivery:");
        registry.add("arbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("arbot.slack.app-token", () -> "xapp-1-A0ARBOT-1-test");
        registry.add("arbot.slack.api-url", () -> slackApi.baseUrl() + "/api/");
        registry.add("arbot.slack.find-work-at-start", () -> "false");
        registry.add("arbot.slack.channels.credit", () -> "C0CREDIT");
    }

    /** ACME with one held order. */
    @TestConfiguration
    static class Books {
        @Bean
        @Primary
        InMemoryLedger books() {
            return GovernanceFixtures.ledger().add(new SalesOrder(SalesOrderId.of("SO-0042"), CustomerId.of("CUST-1001"),
                    LocalDate.parse("2026-11-26"), GovernanceFixtures.usd("2000.00"), ApprovalState.PENDING, ""));
        }
    }

    @Autowired
    SlackWorkRun workRun;

    @Autowired
    InMemoryLedger ledger;

    @AfterAll
    static void stop() throws InterruptedException {
        slackApi.stop();
        slack.stop();
    }

    @Test
    void a_click_over_the_socket_is_acked_with_its_envelope_id_and_approves_the_proposal_in_place() {
        assertThat(workRun.run()).isPositive();
        Map<String, String> posted = SlackRig.form(only("/api/chat.postMessage").getBodyAsString());
        String proposal = proposalIn(posted.get("blocks"));
        int writes = ledger.writes();
        await().atMost(Duration.ofSeconds(20)).until(() -> slack.connection != null);
        assertThat(slackApi.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open")))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer xapp-1-A0ARBOT-1-test"));

        String form = SlackRig.click(CHRIS, "C0CREDIT", TS, "approve", "{\"proposal\":\"" + proposal + "\"}", "3.1");
        String payload = URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8);
        slack.connection.send("{\"envelope_id\":\"e-0001\",\"type\":\"interactive\",\"payload\":" + payload
                + ",\"accepts_response_payload\":false,\"retry_attempt\":0,\"retry_reason\":\"\"}");

        await().untilAsserted(() -> assertThat(slack.received).anySatisfy(message ->
                assertThat(SlackRig.tree(message).path("envelope_id").asText()).isEqualTo("e-0001")));
        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        Map<String, String> update = SlackRig.form(only("/api/chat.update").getBodyAsString());
        assertThat(update).containsEntry("channel", "C0CREDIT").containsEntry("ts", TS);
        assertThat(update.get("blocks")).contains("Released by Chris Credit", "order SO-0042 released");
        assertThat(ledger.writes()).isEqualTo(writes + 1);
    }

    private static String proposalIn(String blocks) {
        Matcher m = Pattern.compile("\\\\\"proposal\\\\\":\\\\\"([0-9a-f-]{36})").matcher(blocks);
        assertThat(m.find()).as("a proposal id in " + blocks).isTrue();
        return m.group(1);
    }

    private static List<LoggedRequest> requests(String path) {
        return slackApi.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private static LoggedRequest only(String path) {
        List<LoggedRequest> all = requests(path);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Slack's end of a Socket Mode connection: says hello on open and keeps what the app sends back. */
    static final class SlackSide extends WebSocketServer {

        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        volatile WebSocket connection;

        SlackSide() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        /** The port the server is bound to, once started. */
        int port() {
            await().until(() -> getPort() > 0);
            return getPort();
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-test\","
                    + "\"build_number\":1,\"approximate_connection_time\":18060},"
                    + "\"connection_info\":{\"app_id\":\"A0ARBOT\"}}");
            connection = socket;
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
        }

        @Override
        public void onStart() {
        }
    }
}
