package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;
import org.arbot.intacct.sandbox.OpenApiRequests;
import org.arbot.intacct.sandbox.OpenApiSchema;
import org.junit.jupiter.api.Test;

/**
 * The composite requests the client sends validate against {@code core-composite-request} in common-resources.json, and
 * each sub-request is an operation the spec defines with a body that fits its schema and names only its properties.
 */
class CompositeRequestContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_composite_of_payment_creates_fits_the_composite_schema_and_each_create_fits_the_payment_schema() {
        PaymentBatches batches = new PaymentBatches(null, new WriteRequests(JSON, IntacctAccounts.defaults()), 3);
        List<IntacctComposite.SubRequest> creates = List.of(batches.subRequest(posting("p-1", "20001")),
                batches.subRequest(posting("p-2", "20002")));
        JsonNode body = IntacctComposite.body(JSON, creates);
        assertThat(OpenApiRequests.problems("POST", IntacctComposite.PATH, body)).isEmpty();
        for (JsonNode item : body) {
            assertThat(OpenApiRequests.problems(item.get("method").asText(), item.get("path").asText(), item.get("body"))).isEmpty();
            assertThat(OpenApiSchema.load("accounts-receivable.json", "objects.accounts-receivable.payment")
                    .unknownPaths(item.get("body"))).isEmpty();
        }
    }

    @Test
    void a_composite_of_first_pages_fits_the_composite_schema_and_each_query_fits_the_query_schema() {
        JsonNode body = IntacctComposite.body(JSON, List.of(
                IntacctQuery.of(JSON, TermRows.OBJECT, TermRows.FIELDS).firstPage(),
                IntacctQuery.of(JSON, CustomerRows.OBJECT, CustomerRows.FIELDS).orderBy("id", "asc").firstPage()));
        assertThat(OpenApiRequests.problems("POST", IntacctComposite.PATH, body)).isEmpty();
        for (JsonNode item : body) {
            assertThat(OpenApiRequests.problems("POST", item.get("path").asText(), item.get("body"))).isEmpty();
        }
    }

    @Test
    void the_check_refuses_what_the_spec_does_not_define() {
        JsonNode badItem = JSON.createArrayNode().add(JSON.createObjectNode().put("method", "PUT").put("path", "objects"));
        assertThat(OpenApiRequests.problems("POST", IntacctComposite.PATH, badItem)).isNotEmpty();
        assertThat(OpenApiRequests.problems("POST", "/objects/accounts-receivable/payment/12", null)).isNotEmpty();
        assertThat(OpenApiRequests.problems("GET", "/objects/accounts-receivable/nothing", null)).isNotEmpty();
    }

    private static PaymentPosting posting(String key, String invoice) {
        Money amount = Money.of("100.00", "USD");
        return new PaymentPosting(key, CustomerId.of("CUST-1001"), LocalDate.of(2026, 11, 27), amount,
                List.of(new PaymentApplication(InvoiceId.of(invoice), amount)), Optional.empty(), "remittance");
    }
}
