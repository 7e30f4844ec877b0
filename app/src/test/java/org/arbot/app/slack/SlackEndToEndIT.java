package org.arbot.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.arbot.cards.Card;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.ProposalCards;
import org.arbot.slack.SlackWorkPoster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with Slack on, over HTTP: signed requests to {@code /slack/events}, Slack's Web API on WireMock with bodies
 * from the shared examples, real Redis for redeliveries and conversation state, governance on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackEndToEndIT {

    static final WireMockServer slackApi = new WireMockServer(options().dynamicPort());
    static final String PREFIX = "arbot-test:" + UUID.randomUUID() + ":";
    static final String MARIA = "U0DEMOARM1";
    static final String CHRIS = "U0DEMOCRM1";
    static final String CARLA = "U0DEMOCOL1";
    static final String VICTOR = "U0DEMOVWR1";
    static final String TS = "1503435956.000247";

    static {
        slackApi.start();
    }

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void slackOnWireMock(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("arbot") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:6379");
        registry.add("arbot.conversation.key-prefix", () -> PREFIX + "conversation:");
        registry.add("arbot.slack.delivery-key-prefix", () -> PREFIX + "delivery:");
        registry.add("arbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("arbot.slack.signing-secret", () -> SlackRig.SECRET);
        registry.add("arbot.slack.api-url", () -> slackApi.baseUrl() + "/api/");
        registry.add("arbot.slack.find-work-at-start", () -> "false");
        registry.add("arbot.slack.channels.credit", () -> "C0CREDIT");
        registry.add("arbot.slack.channels.cash-application", () -> "C0CASH");
        registry.add("arbot.slack.channels.deductions", () -> "C0DEDUCT");
    }

    /** ACME with a held order, an open invoice and the bank line that pays it, in place of the sandbox. */
    @TestConfiguration
    static class Books {
        @Bean
        @Primary
        InMemoryLedger books() {
            CustomerId acme = CustomerId.of("CUST-1001");
            return GovernanceFixtures.ledger()
                    .add(new SalesOrder(SalesOrderId.of("SO-0042"), acme, LocalDate.parse("2026-11-26"),
                            GovernanceFixtures.usd("2000.00"), ApprovalState.PENDING, ""))
                    .add(new Invoice(InvoiceId.of("INV-2001"), "INV-2001", acme, LocalDate.parse("2026-10-01"),
                            LocalDate.parse("2026-10-31"), GovernanceFixtures.usd("1200.00"),
                            GovernanceFixtures.usd("1200.00"), Optional.empty(), InvoiceState.POSTED, Optional.empty()))
                    .add(new BankLine(BankLineId.of("BL-7"), LocalDate.parse("2026-11-25"),
                            GovernanceFixtures.usd("1200.00"), "ACME CORP", "INV 2001", "", Optional.of(acme)));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    InMemoryLedger ledger;

    @Autowired
    SlackWorkRun workRun;

    @Autowired
    SlackWorkPoster poster;

    @Autowired
    Proposing proposing;

    @Autowired
    ProposalCards cards;

    @Autowired
    DecidingProposal deciding;

    @BeforeEach
    void slackAnswersAsItsExamplesDo() {
        slackApi.resetAll();
        ObjectNode auth = SlackRig.sampleJson("auth.test.json").put("ok", true).put("error", "");
        slackApi.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson(auth.toString())));
        slackApi.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.chat.postMessage.200-ok.json"))));
        slackApi.stubFor(post(urlEqualTo("/api/chat.update"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.chat.update.200-ok.json"))));
        slackApi.stubFor(post(urlEqualTo("/api/chat.postEphemeral"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.chat.postEphemeral.200-ok.json"))));
        slackApi.stubFor(post(urlEqualTo("/commands/1")).willReturn(aResponse().withStatus(200)));
    }

    @AfterAll
    static void stop() {
        slackApi.stop();
    }

    @Test
    void a_credit_hold_is_posted_approved_once_through_redeliveries_and_a_second_clicker_and_updated_in_place() {
        assertThat(workRun.run()).isPositive();
        Map<String, String> form = requests("/api/chat.postMessage").stream()
                .map(r -> SlackRig.form(r.getBodyAsString())).filter(f -> "C0CREDIT".equals(f.get("channel")))
                .reduce((a, b) -> { throw new AssertionError("two credit cards posted"); }).orElseThrow();
        assertThat(form.get("blocks")).contains("Credit hold: SO-0042 for ACME Corp");
        String proposal = proposalIn(form.get("blocks"));
        int writes = ledger.writes();

        String refused = SlackRig.click(VICTOR, "C0CREDIT", TS, "approve", "{\"proposal\":\"" + proposal + "\"}", "1.1");
        assertThat(SlackRig.signedForm(port, refused).statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.postEphemeral").getBodyAsString()).get("text"))
                .contains("Not allowed", "Victor Viewer [VIEWER] may not decide credit proposals");
        assertThat(requests("/api/chat.update")).isEmpty();

        String click = SlackRig.click(CHRIS, "C0CREDIT", TS, "approve", "{\"proposal\":\"" + proposal + "\"}", "2.1");
        String other = SlackRig.click(MARIA, "C0CREDIT", TS, "approve", "{\"proposal\":\"" + proposal + "\"}", "2.2");
        List<CompletableFuture<HttpResponse<String>>> sent = List.of(
                CompletableFuture.supplyAsync(() -> SlackRig.signedForm(port, click)),
                CompletableFuture.supplyAsync(() -> SlackRig.signed(port, click, "application/x-www-form-urlencoded",
                        Map.of("X-Slack-Retry-Num", "1"))),
                CompletableFuture.supplyAsync(() -> SlackRig.signed(port, click, "application/x-www-form-urlencoded",
                        Map.of("X-Slack-Retry-Num", "2"))),
                CompletableFuture.supplyAsync(() -> SlackRig.signedForm(port, other)));
        sent.forEach(f -> assertThat(f.join().statusCode()).isEqualTo(200));

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(2));
        Map<String, String> update = SlackRig.form(only("/api/chat.update").getBodyAsString());
        assertThat(update).containsEntry("channel", "C0CREDIT").containsEntry("ts", TS);
        assertThat(update.get("blocks")).containsPattern("Released by (Chris Credit|Maria Manager)")
                .contains("order SO-0042 released").doesNotContain("\"actions\"");
        assertThat(ledger.salesOrder(SalesOrderId.of("SO-0042")).orElseThrow().approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(ledger.writes()).isEqualTo(writes + 1);
        assertThat(workRun.run()).isZero();
    }

    @Test
    void a_payment_match_applied_from_its_card_posts_the_payment_once_and_shows_the_outcome() {
        CustomerId acme = CustomerId.of("CUST-1001");
        ledger.add(new Invoice(InvoiceId.of("INV-2002"), "INV-2002", acme, LocalDate.parse("2026-10-05"),
                        LocalDate.parse("2026-11-04"), GovernanceFixtures.usd("800.00"), GovernanceFixtures.usd("800.00"),
                        Optional.empty(), InvoiceState.POSTED, Optional.empty()))
                .add(new BankLine(BankLineId.of("BL-8"), LocalDate.parse("2026-11-25"), GovernanceFixtures.usd("800.00"),
                        "ACME CORP", "INV 2002", "", Optional.of(acme)));
        PaymentPosting posting = new PaymentPosting("set-by-governance", acme,
                LocalDate.parse("2026-11-25"), GovernanceFixtures.usd("800.00"),
                List.of(new PaymentApplication(InvoiceId.of("INV-2002"), GovernanceFixtures.usd("800.00"))),
                Optional.of(BankLineId.of("BL-8")), "INV 2002");
        Proposal proposal = propose(new ProposeCommand(Workflow.CASH_APPLICATION, new ProposalAction.PostPayment(posting),
                posting.amount(), new BigDecimal("0.80"), new BigDecimal("0.10"), List.of("reference INV 2002 names the invoice"),
                Map.of(), "cash-application-agent", Optional.empty()));
        Card card = cards.card(proposal);
        poster.post(new FoundWork("payment:BL-8", Assignee.queueOf(Workflow.CASH_APPLICATION), card, Optional.of(proposal.id())));
        Map<String, String> form = SlackRig.form(only("/api/chat.postMessage").getBodyAsString());
        ObjectNode rendered = new SlackBlockKitRenderer().render(card);
        assertThat(form).containsEntry("channel", "C0CASH").containsEntry("text", rendered.get("text").asText());
        assertThat(SlackRig.tree(form.get("blocks"))).isEqualTo(rendered.get("blocks"));
        int writes = ledger.writes();

        String apply = SlackRig.click(CARLA, "C0CASH", TS, "apply", "{\"proposal\":\"" + proposal.id() + "\"}", "3.1");
        assertThat(SlackRig.signedForm(port, apply).statusCode()).isEqualTo(200);
        assertThat(SlackRig.signedForm(port, apply).statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.update").getBodyAsString()).get("blocks"))
                .contains("Applied by Carla Collector", "payment");
        assertThat(ledger.findPayment(proposal.idempotencyKey())).isPresent();
        assertThat(ledger.writes()).isEqualTo(writes + 1);
    }

    @Test
    void a_deduction_written_off_from_its_card_posts_one_adjustment_and_shows_the_outcome() {
        Proposal proposal = propose(GovernanceFixtures.writeOff("120.00"));
        poster.post(new FoundWork("deduction:INV-2001", Assignee.queueOf(Workflow.DEDUCTIONS), cards.card(proposal),
                Optional.of(proposal.id())));
        assertThat(SlackRig.form(only("/api/chat.postMessage").getBodyAsString())).containsEntry("channel", "C0DEDUCT");

        String writeOff = SlackRig.click(CARLA, "C0DEDUCT", TS, "write_off", "{\"proposal\":\"" + proposal.id() + "\"}", "4.1");
        assertThat(SlackRig.signedForm(port, writeOff).statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.update").getBodyAsString()).get("blocks"))
                .contains("Written off by Carla Collector", "adjustment");
        assertThat(ledger.findAdjustment(proposal.idempotencyKey())).isPresent();
    }

    @Test
    void a_bad_or_stale_signature_gets_401_and_nothing_else_happens() {
        String click = SlackRig.click(MARIA, "C0CREDIT", TS, "approve", "{\"proposal\":\"x\"}", "5.1");
        long now = System.currentTimeMillis() / 1000;

        HttpResponse<String> forged = SlackRig.post(port, click, "application/x-www-form-urlencoded", now,
                SlackRig.signature("not-the-secret", now, click), Map.of());
        HttpResponse<String> stale = SlackRig.post(port, click, "application/x-www-form-urlencoded", now - 600,
                SlackRig.signature(SlackRig.SECRET, now - 600, click), Map.of());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(slackApi.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_mention_redelivered_is_answered_once_in_its_thread_even_through_a_rate_limit() {
        slackApi.stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("C0RATE"))
                .inScenario("limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody(SlackRig.sample("examples/error.ratelimited.http429.body.json"))));
        ObjectNode event = SlackRig.sampleJson("examples/event_callback.app_mention.json")
                .put("event_id", "Ev" + UUID.randomUUID().toString().substring(0, 8));
        ((ObjectNode) event.get("event")).put("channel", "C0RATE").put("user", MARIA).put("text", "<@U123> help");

        for (String retry : List.of("0", "1", "2")) {
            Map<String, String> headers = retry.equals("0") ? Map.of() : Map.of("X-Slack-Retry-Num", retry,
                    "X-Slack-Retry-Reason", "http_timeout");
            assertThat(SlackRig.signed(port, event.toString(), "application/json", headers).statusCode()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(requests("/api/chat.postMessage")).hasSize(2));
        List<LoggedRequest> posts = requests("/api/chat.postMessage");
        assertThat(posts.get(0).getBodyAsString()).isEqualTo(posts.get(1).getBodyAsString());
        Map<String, String> answer = SlackRig.form(posts.get(1).getBodyAsString());
        assertThat(answer).containsEntry("channel", "C0RATE").containsEntry("thread_ts", "1583636399.000700");
    }

    @Test
    void the_ar_slash_command_is_acked_and_answered_through_its_response_url() {
        String command = SlackRig.sample("examples/slash_command.weather.form-urlencoded.txt").trim()
                .replace("command=/weather", "command=/ar").replace("text=94070", "text=help")
                .replace("user_id=U2147483697", "user_id=" + MARIA)
                .replace("https://hooks.slack.com/commands/1234/5678",
                        java.net.URLEncoder.encode(slackApi.baseUrl() + "/commands/1", java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> ack = SlackRig.signedForm(port, command);

        assertThat(ack.statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(requests("/commands/1")).hasSize(1));
        JsonNode answer = SlackRig.tree(only("/commands/1").getBodyAsString());
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.path("text").asText()).isNotBlank();
    }

    @Test
    void a_proposal_reassigned_to_a_person_is_posted_to_their_direct_messages() {
        Proposal proposal = propose(GovernanceFixtures.writeOff("130.00"));

        deciding.decide(new DecideCommand(proposal.id(), ChatIdentity.slack(MARIA), Channel.SLACK, Decision.REASSIGN,
                Optional.of(Assignee.person(PersonId.of("chris"))), "", "slack:reassign-" + proposal.id()));

        await().untilAsserted(() -> assertThat(requests("/api/chat.postMessage")).hasSize(1));
        Map<String, String> form = SlackRig.form(only("/api/chat.postMessage").getBodyAsString());
        assertThat(form).containsEntry("channel", CHRIS);
        assertThat(form.get("blocks")).contains(proposal.id().toString());
    }

    private Proposal propose(ProposeCommand command) {
        return ((ProposalOutcome.AwaitingApproval) proposing.propose(command)).proposal();
    }

    private static String proposalIn(String blocks) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\\"proposal\\\\\":\\\\\"([0-9a-f-]{36})").matcher(blocks);
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
}
