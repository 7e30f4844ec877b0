package org.arbot.intacct.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's HTTP surface as any client sees it: tokens, the error envelope, writes and the reset. */
class SandboxHttpIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static IntacctSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void a_request_without_a_bearer_token_gets_401_in_the_error_envelope() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/objects/accounts-receivable/customer/101"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/ia::result/ia::error/code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void a_refresh_token_buys_a_new_access_token_once() throws Exception {
        JsonNode first = token("grant_type=client_credentials&client_id=" + sandbox.clientId() + "&client_secret=" + sandbox.clientSecret());
        assertThat(first.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(first.path("expires_in").asInt()).isEqualTo(3600);
        String refresh = "grant_type=refresh_token&refresh_token=" + first.path("refresh_token").asText();
        assertThat(token(refresh).path("access_token").asText()).isNotEqualTo(first.path("access_token").asText());
        assertThat(tokenStatus(refresh)).isEqualTo(401);
        assertThat(tokenStatus("grant_type=client_credentials&client_id=" + sandbox.clientId() + "&client_secret=wrong")).isEqualTo(401);
    }

    @Test
    void an_unknown_key_is_404_with_code_not_found() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/objects/accounts-receivable/invoice/1")).GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).at("/ia::result/ia::error/code").asText()).isEqualTo("notFound");
    }

    @Test
    void an_over_application_is_refused_with_its_target_and_the_reset_endpoint_restores_the_seed() throws Exception {
        JsonNode invoice = sandbox.company().record("accounts-receivable/invoice", "20001").orElseThrow();
        String customer = invoice.at("/customer/id").asText();
        String body = "{\"customer\":{\"id\":\"" + customer + "\"},\"undepositedGLAccount\":{\"id\":\"1250\"},"
                + "\"paymentSummary\":{\"receiptDate\":\"2026-11-27\"},\"txnCurrency\":{\"currency\":\"USD\"},"
                + "\"paymentDetails\":[{\"arInvoice\":{\"key\":\"%s\"},\"txnCurrency\":{\"paymentAmount\":\"%s\"}}]}";
        String open = sandbox.company().records("accounts-receivable/invoice").stream()
                .filter(i -> i.at("/customer/id").asText().equals(customer) && i.path("state").asText().equals("posted"))
                .map(i -> i.path("key").asText()).findFirst().orElseThrow();
        HttpResponse<String> refused = send(post("/objects/accounts-receivable/payment", String.format(body, open, "99999999.00")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).at("/ia::result/ia::error/details/0/target").asText())
                .isEqualTo("/paymentDetails/0/txnCurrency/paymentAmount");
        HttpResponse<String> created = send(post("/objects/accounts-receivable/payment", String.format(body, open, "1.00")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(sandbox.company().record("accounts-receivable/invoice", open).orElseThrow().path("state").asText()).isEqualTo("partiallyPaid");
        HttpResponse<String> reset = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl().resolve("/sandbox/reset").toString()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(sandbox.company().record("accounts-receivable/invoice", open).orElseThrow().path("state").asText()).isEqualTo("posted");
    }

    @Test
    void a_composite_stops_at_its_first_failure_and_marks_the_rest_unprocessed() throws Exception {
        HttpResponse<String> response = send(post("/services/core/composite",
                "[{\"method\":\"GET\",\"path\":\"/objects/accounts-receivable/customer/101\"},"
                + "{\"method\":\"GET\",\"path\":\"/objects/accounts-receivable/invoice/1\"},"
                + "{\"method\":\"GET\",\"path\":\"/objects/accounts-receivable/customer/102\"}]"));
        assertThat(response.statusCode()).isEqualTo(207);
        JsonNode results = JSON.readTree(response.body()).path("ia::result");
        assertThat(results.findValuesAsText("ia::status")).containsExactly("200", "404", "422");
        assertThat(results.get(0).at("/ia::result/key").asText()).isEqualTo("101");
        assertThat(results.get(1).at("/ia::error/code").asText()).isEqualTo("notFound");
        assertThat(results.get(2).at("/ia::error/code").asText()).isEqualTo("unprocessed");
        assertThat(JSON.readTree(response.body()).at("/ia::meta/totalError").asInt()).isEqualTo(2);
    }

    @Test
    void a_composite_needs_two_to_ten_sub_requests_on_object_or_service_paths() throws Exception {
        String customer = "{\"method\":\"GET\",\"path\":\"/objects/accounts-receivable/customer/101\"}";
        assertThat(send(post("/services/core/composite", "[" + customer + "]")).statusCode()).isEqualTo(400);
        assertThat(send(post("/services/core/composite", "[" + customer + ",{\"method\":\"GET\",\"path\":\"/oauth2/token\"}]"))
                .statusCode()).isEqualTo(400);
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String access = token("grant_type=client_credentials&client_id=" + sandbox.clientId() + "&client_secret="
                + sandbox.clientSecret()).path("access_token").asText();
        return HTTP.send(request.header("Authorization", "Bearer " + access).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode token(String form) throws Exception {
        return JSON.readTree(tokenResponse(form).body());
    }

    private static int tokenStatus(String form) throws Exception {
        return tokenResponse(form).statusCode();
    }

    private static HttpResponse<String> tokenResponse(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
