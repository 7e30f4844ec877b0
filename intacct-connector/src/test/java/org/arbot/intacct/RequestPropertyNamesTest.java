package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.money.Money;
import org.arbot.intacct.sandbox.OpenApiRequests;
import org.arbot.intacct.sandbox.OpenApiSchema;
import org.junit.jupiter.api.Test;

/** Every field the client asks the query service for, and every property it writes, exists in Intacct's OpenAPI schemas. */
class RequestPropertyNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AR = "accounts-receivable.json";
    private final WriteRequests requests = new WriteRequests(JSON, IntacctAccounts.defaults());

    @Test
    void the_fields_each_query_reads_are_properties_of_their_object() {
        assertThat(unknown(AR, "objects.accounts-receivable.customer", CustomerRows.FIELDS)).isEmpty();
        assertThat(unknown(AR, "objects.accounts-receivable.term", TermRows.FIELDS)).isEmpty();
        assertThat(unknown(AR, "objects.accounts-receivable.invoice", InvoiceRows.FIELDS)).isEmpty();
        assertThat(unknown(AR, "objects.accounts-receivable.payment", PaymentRows.FIELDS)).isEmpty();
        assertThat(unknown(AR, "objects.accounts-receivable.payment-detail", PaymentRows.DETAIL_FIELDS)).isEmpty();
        assertThat(unknown(AR, "objects.accounts-receivable.adjustment", AdjustmentRows.FIELDS)).isEmpty();
        assertThat(unknown("order-entry.json", "objects.order-entry.document", SalesOrderRows.FIELDS)).isEmpty();
        assertThat(unknown("cash-management.json", "objects.cash-management.bank-transaction", BankLineRows.FIELDS)).isEmpty();
    }

    @Test
    void the_check_notices_a_property_the_schema_lacks() {
        assertThat(unknown(AR, "objects.accounts-receivable.invoice", List.of("href", "customer.nickname", "invoiceNumber")))
                .containsExactly("href", "customer.nickname");
    }

    @Test
    void a_payment_body_uses_only_payment_properties() {
        PaymentPosting entry = new PaymentPosting("proposal-1", CustomerId.of("CUST-1001"), LocalDate.of(2026, 11, 27),
                usd("150.00"), List.of(new PaymentApplication(InvoiceId.of("20001"), usd("100.00"))),
                Optional.of(BankLineId.of("6201")), "INV-0001001");
        OpenApiSchema payment = OpenApiSchema.load(AR, "objects.accounts-receivable.payment");
        assertThat(payment.unknownPaths(requests.payment(entry))).isEmpty();
    }

    @Test
    void the_gl_accounts_a_company_sets_are_the_ones_its_writes_name() {
        WriteRequests own = new WriteRequests(JSON, new IntacctAccounts("1299", "6100", "4050"));
        PaymentPosting payment = new PaymentPosting("proposal-3", CustomerId.of("CUST-1001"), LocalDate.of(2026, 11, 27),
                usd("10.00"), List.of(), Optional.empty(), "");
        AdjustmentPosting writeOff = new AdjustmentPosting("proposal-4", CustomerId.of("CUST-1001"), Optional.empty(),
                LocalDate.of(2026, 11, 27), usd("1.00"), AdjustmentKind.WRITE_OFF, "small balance");
        AdjustmentPosting credit = new AdjustmentPosting("proposal-5", CustomerId.of("CUST-1001"), Optional.empty(),
                LocalDate.of(2026, 11, 27), usd("1.00"), AdjustmentKind.CREDIT, "pricing");
        assertThat(own.payment(payment).at("/undepositedGLAccount/id").asText()).isEqualTo("1299");
        assertThat(own.adjustment(writeOff).at("/lines/0/glAccount/id").asText()).isEqualTo("6100");
        assertThat(own.adjustment(credit).at("/lines/0/glAccount/id").asText()).isEqualTo("4050");
        assertThat(requests.payment(payment).at("/undepositedGLAccount/id").asText()).isEqualTo("1250");
    }

    @Test
    void adjustment_credit_application_customer_and_order_bodies_use_only_their_properties() {
        AdjustmentPosting posting = new AdjustmentPosting("proposal-2", CustomerId.of("CUST-1001"), Optional.of(InvoiceId.of("20001")),
                LocalDate.of(2026, 11, 27), usd("12.50"), AdjustmentKind.WRITE_OFF, "damaged goods");
        assertThat(OpenApiSchema.load(AR, "objects.accounts-receivable.adjustment").unknownPaths(requests.adjustment(posting))).isEmpty();
        assertThat(OpenApiSchema.load(AR, "objects.accounts-receivable.payment")
                .unknownPaths(requests.creditApplication(posting, "70001", InvoiceId.of("20001"), usd("12.50")))).isEmpty();
        CreditUpdate update = new CreditUpdate(CustomerId.of("CUST-1001"), Optional.of(usd("75000.00")), Optional.of("N45"),
                Optional.of(true), "review");
        assertThat(OpenApiSchema.load(AR, "objects.accounts-receivable.customer").unknownPaths(requests.credit(update))).isEmpty();
        assertThat(OpenApiSchema.load("order-entry.json", "objects.order-entry.document")
                .unknownPaths(requests.orderDecision(true, "within limit"))).isEmpty();
    }

    @Test
    void every_write_is_an_operation_of_the_spec_and_its_body_validates_against_the_operation_schema() {
        PaymentPosting payment = new PaymentPosting("proposal-6", CustomerId.of("CUST-1001"), LocalDate.of(2026, 11, 27),
                usd("150.00"), List.of(new PaymentApplication(InvoiceId.of("20001"), usd("150.00"))), Optional.empty(), "");
        AdjustmentPosting writeOff = new AdjustmentPosting("proposal-7", CustomerId.of("CUST-1001"), Optional.of(InvoiceId.of("20001")),
                LocalDate.of(2026, 11, 27), usd("12.50"), AdjustmentKind.WRITE_OFF, "damaged goods");
        CreditUpdate update = new CreditUpdate(CustomerId.of("CUST-1001"), Optional.of(usd("75000.00")), Optional.of("N45"),
                Optional.of(true), "review");
        assertThat(OpenApiRequests.problems("POST", "/objects/" + PaymentRows.OBJECT, requests.payment(payment))).isEmpty();
        assertThat(OpenApiRequests.problems("POST", "/objects/" + AdjustmentRows.OBJECT, requests.adjustment(writeOff))).isEmpty();
        assertThat(OpenApiRequests.problems("POST", "/objects/" + PaymentRows.OBJECT,
                requests.creditApplication(writeOff, "70001", InvoiceId.of("20001"), usd("12.50")))).isEmpty();
        assertThat(OpenApiRequests.problems("PATCH", "/objects/" + CustomerRows.OBJECT + "/101", requests.credit(update))).isEmpty();
        assertThat(OpenApiRequests.problems("PATCH", SalesOrderRows.PATH + "455", requests.orderDecision(false, "over limit"))).isEmpty();
    }

    private static List<String> unknown(String file, String schema, List<String> fields) {
        ObjectNode nested = JSON.createObjectNode();
        for (String field : fields) {
            ObjectNode node = nested;
            String[] steps = field.split("\\.");
            for (int i = 0; i < steps.length - 1; i++) {
                node = node.get(steps[i]) instanceof ObjectNode child ? child : node.putObject(steps[i]);
            }
            node.put(steps[steps.length - 1], "x");
        }
        return OpenApiSchema.load(file, schema).unknownPaths(nested);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

}
