package org.arbot.intacct.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every property name the sandbox returns, nested paths included, exists in the Intacct OpenAPI schema of its object. */
class SandboxPropertyNamesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static IntacctSandbox sandbox;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC)));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + sandbox.clientId()
                        + "&client_secret=" + sandbox.clientSecret())).build(), HttpResponse.BodyHandlers.ofString());
        token = JSON.readTree(response.body()).get("access_token").asText();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void customers_from_the_query_service_and_by_key_use_the_customer_schema() throws Exception {
        OpenApiSchema schema = OpenApiSchema.load("accounts-receivable.json", "objects.accounts-receivable.customer");
        JsonNode rows = query("accounts-receivable/customer", List.of("key", "id", "name", "parent.id", "parent.name",
                "creditLimit", "isOnHold", "term.id", "salesRepresentative.id", "contacts.default.printAs", "totalDue"));
        assertThat(rows.size()).isGreaterThanOrEqualTo(60);
        rows.forEach(row -> assertThat(schema.unknownPaths(row)).isEmpty());
        JsonNode byKey = get("/objects/accounts-receivable/customer/" + rows.get(0).get("key").asText());
        assertThat(schema.unknownPaths(byKey)).isEmpty();
        assertThat(byKey.path("term").path("id").asText()).isNotEmpty();
    }

    @Test
    void open_invoices_from_the_query_service_and_by_key_use_the_invoice_schema() throws Exception {
        OpenApiSchema schema = OpenApiSchema.load("accounts-receivable.json", "objects.accounts-receivable.invoice");
        JsonNode rows = query("accounts-receivable/invoice", List.of("key", "invoiceNumber", "customer.id", "customer.name",
                "invoiceDate", "dueDate", "totalTxnAmount", "totalTxnAmountDue", "state", "currency.txnCurrency",
                "paymentInformation.fullyPaidDate", "referenceNumber"));
        assertThat(rows.size()).isGreaterThanOrEqualTo(300);
        rows.forEach(row -> assertThat(schema.unknownPaths(row)).isEmpty());
        JsonNode byKey = get("/objects/accounts-receivable/invoice/" + rows.get(0).get("key").asText());
        assertThat(schema.unknownPaths(byKey)).isEmpty();
        assertThat(byKey.path("totalTxnAmountDue").asText()).matches("\\d+\\.\\d{2}");
    }

    @Test
    void payments_terms_sales_orders_and_bank_lines_use_their_schemas() throws Exception {
        assertThat(OpenApiSchema.load("accounts-receivable.json", "objects.accounts-receivable.payment")
                .unknownPaths(get("/objects/accounts-receivable/payment/50001"))).isEmpty();
        assertThat(OpenApiSchema.load("accounts-receivable.json", "objects.accounts-receivable.payment-detail")
                .unknownPaths(get("/objects/accounts-receivable/payment-detail/60001"))).isEmpty();
        assertThat(OpenApiSchema.load("accounts-receivable.json", "objects.accounts-receivable.term")
                .unknownPaths(get("/objects/accounts-receivable/term/14"))).isEmpty();
        assertThat(OpenApiSchema.load("order-entry.json", "objects.order-entry.document")
                .unknownPaths(get("/objects/order-entry/document::Sales%20Order/451"))).isEmpty();
        assertThat(OpenApiSchema.load("cash-management.json", "objects.cash-management.bank-transaction")
                .unknownPaths(get("/objects/cash-management/bank-transaction/6201"))).isEmpty();
    }

    @Test
    void general_ledger_accounts_entries_and_lines_use_their_schemas() throws Exception {
        assertThat(OpenApiSchema.load("general-ledger.json", "objects.general-ledger.account")
                .unknownPaths(get("/objects/general-ledger/account/302"))).isEmpty();
        assertThat(OpenApiSchema.load("general-ledger.json", "objects.general-ledger.journal-entry")
                .unknownPaths(get("/objects/general-ledger/journal-entry/30001"))).isEmpty();
        assertThat(OpenApiSchema.load("general-ledger.json", "objects.general-ledger.journal-entry-line")
                .unknownPaths(get("/objects/general-ledger/journal-entry-line/90001"))).isEmpty();
    }

    private JsonNode query(String object, List<String> fields) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("object", object).put("size", 4000);
        fields.forEach(request.putArray("fields")::add);
        request.putArray("filters").addObject().putObject("$in").putArray("state").add("posted").add("partiallyPaid");
        if (!object.endsWith("invoice")) {
            request.remove("filters");
        }
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/services/core/query"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()))).get("ia::result");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).GET()).get("ia::result");
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
