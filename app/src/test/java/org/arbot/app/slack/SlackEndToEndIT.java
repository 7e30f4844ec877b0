package org.arbot.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.governance.AuditKind;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.Proposals;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.work.ProposalCards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Slack end to end over the sandbox: the work found in the seeded company is posted as cards, signed clicks decide
 * them, Intacct (the sandbox) is written once whatever the redeliveries and rival clicks, and each card is replaced
 * in place by its outcome.
 */
class SlackEndToEndIT extends SlackSandboxApp {

    static final String TARA = "U0DEMOTRS1";

    @Autowired
    Ledger ledger;

    @Autowired
    Proposals proposals;

    @Autowired
    ProposalCards cards;

    @Autowired
    AuditTrail audit;

    @Test
    void a_sandbox_credit_hold_is_approved_once_through_redeliveries_and_a_second_clicker_and_updated_in_place() {
        Map<String, String> card = postedCard("C0CREDIT", "approve");
        ProposalId id = ProposalId.of(proposalIn(card.get("blocks")));
        SalesOrderId order = ((ProposalAction.ReleaseOrder) proposal(id).action()).orderId();
        assertThat(ledger.salesOrder(order).orElseThrow().approval()).isEqualTo(ApprovalState.PENDING);

        String refused = SlackRig.click(VICTOR, "C0CREDIT", TS, "approve", ref(id), "1.1");
        assertThat(SlackRig.signedForm(port, refused).statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.postEphemeral").getBodyAsString()).get("text"))
                .contains("Not allowed", "Victor Viewer [VIEWER] may not decide credit proposals");
        assertThat(requests("/api/chat.update")).isEmpty();

        String click = SlackRig.click(CHRIS, "C0CREDIT", TS, "approve", ref(id), "2.1");
        String other = SlackRig.click(MARIA, "C0CREDIT", TS, "approve", ref(id), "2.2");
        clickAtOnce(click, other);

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(2));
        assertUpdatedInPlace("C0CREDIT", id);
        assertThat(SlackRig.form(only("/api/chat.update").getBodyAsString()).get("blocks"))
                .containsPattern("Released by (Chris Credit|Maria Manager)").contains("order " + order + " released");
        JsonNode held = records("order-entry/document::Sales Order").stream()
                .filter(o -> o.path("documentNumber").asText().equals(order.value())).findFirst().orElseThrow();
        assertThat(held.path("state").asText()).isEqualTo("submitted");
        assertThat(ledger.salesOrder(order).orElseThrow().approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(writes(id)).isEqualTo(1);
    }

    @Test
    void a_sandbox_bank_line_applied_from_its_card_posts_one_payment_in_the_sandbox_and_shows_the_outcome() {
        Map<String, String> card = postedCard("C0CASH", "apply");
        ProposalId id = ProposalId.of(proposalIn(card.get("blocks")));
        PaymentPosting posting = ((ProposalAction.PostPayment) proposal(id).action()).posting();
        assertThat(ledger.unappliedBankLines()).anyMatch(l -> posting.bankLine().equals(java.util.Optional.of(l.id())));
        assertThat(payments(proposal(id).idempotencyKey())).isEmpty();

        String apply = SlackRig.click(MARIA, "C0CASH", TS, "apply", ref(id), "3.1");
        String rival = SlackRig.click(TARA, "C0CASH", TS, "apply", ref(id), "3.2");
        clickAtOnce(apply, rival);

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        assertUpdatedInPlace("C0CASH", id);
        assertThat(SlackRig.form(only("/api/chat.update").getBodyAsString()).get("blocks"))
                .containsPattern("Applied by (Maria Manager|Tara Treasury)");
        List<JsonNode> posted = payments(proposal(id).idempotencyKey());
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).path("paymentDetails")).hasSize(posting.applications().size());
        assertThat(ledger.unappliedBankLines()).noneMatch(l -> posting.bankLine().equals(java.util.Optional.of(l.id())));
        assertThat(writes(id)).isEqualTo(1);
    }

    @Test
    void a_sandbox_deduction_written_off_from_its_card_posts_one_adjustment_in_the_sandbox_and_shows_the_outcome() {
        Map<String, String> card = postedCard("C0DEDUCT", "write_off");
        ProposalId id = ProposalId.of(proposalIn(card.get("blocks")));
        String key = proposal(id).idempotencyKey();

        String writeOff = SlackRig.click(MARIA, "C0DEDUCT", TS, "write_off", ref(id), "4.1");
        assertThat(SlackRig.signedForm(port, writeOff).statusCode()).isEqualTo(200);
        assertThat(SlackRig.signed(port, writeOff, "application/x-www-form-urlencoded", Map.of("X-Slack-Retry-Num", "1"))
                .statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        assertUpdatedInPlace("C0DEDUCT", id);
        assertThat(SlackRig.form(only("/api/chat.update").getBodyAsString()).get("blocks"))
                .contains("Written off by Maria Manager", "adjustment");
        assertThat(records("accounts-receivable/adjustment"))
                .filteredOn(a -> a.path("documentNumber").asText().equals(key)).hasSize(1);
        assertThat(writes(id)).isEqualTo(1);
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

    /** The click three times (Slack's retries) and a rival click, all at once. */
    private void clickAtOnce(String click, String rival) {
        List<CompletableFuture<HttpResponse<String>>> sent = List.of(
                CompletableFuture.supplyAsync(() -> SlackRig.signedForm(port, click)),
                CompletableFuture.supplyAsync(() -> SlackRig.signed(port, click, "application/x-www-form-urlencoded",
                        Map.of("X-Slack-Retry-Num", "1"))),
                CompletableFuture.supplyAsync(() -> SlackRig.signed(port, click, "application/x-www-form-urlencoded",
                        Map.of("X-Slack-Retry-Num", "2"))),
                CompletableFuture.supplyAsync(() -> SlackRig.signedForm(port, rival)));
        sent.forEach(f -> assertThat(f.join().statusCode()).isEqualTo(200));
    }

    /** The one {@code chat.update} replaced the card at {@link #TS} by the executed proposal's outcome card, exactly. */
    private void assertUpdatedInPlace(String channel, ProposalId id) {
        await().untilAsserted(() -> assertThat(proposal(id).state()).isEqualTo(ProposalState.EXECUTED));
        Map<String, String> update = SlackRig.form(only("/api/chat.update").getBodyAsString());
        ObjectNode outcome = new SlackBlockKitRenderer().render(cards.outcome(proposal(id)));
        assertThat(update).containsOnlyKeys("channel", "ts", "text", "blocks", "link_names")
                .containsEntry("channel", channel).containsEntry("ts", TS)
                .containsEntry("text", outcome.get("text").asText());
        assertThat(SlackRig.tree(update.get("blocks"))).isEqualTo(outcome.get("blocks"));
        assertThat(update.get("blocks")).doesNotContain("\"type\":\"actions\"");
    }

    /** Ledger calls that wrote for the proposal, from the audit trail. */
    private long writes(ProposalId id) {
        return audit.between(Instant.parse(NOW).minusSeconds(1), Instant.parse(NOW).plusSeconds(1)).stream()
                .filter(e -> e.kind().equals(AuditKind.LEDGER_CALL.name()) && e.proposal().equals(id.value()))
                .filter(e -> e.details().contains("outcome=written")).count();
    }

    private List<JsonNode> payments(String key) {
        return records("accounts-receivable/payment").stream()
                .filter(p -> p.path("referenceNumber").asText().equals(key)).toList();
    }

    private Proposal proposal(ProposalId id) {
        return proposals.byId(id).orElseThrow();
    }

    private static String ref(ProposalId id) {
        return "{\"proposal\":\"" + id + "\"}";
    }
}
