package org.arbot.intacct;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.arbot.intacct.StubbedIntacct.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the client behaves when Intacct is slow, busy, broken or ambiguous, against WireMock speaking Intacct's envelopes. */
class IntacctLedgerResilienceIT {

    private static final String API = StubbedIntacct.API;
    private static final String QUERY = API + "/services/core/query";
    private static final String PAYMENTS = API + "/objects/accounts-receivable/payment";
    private static final String BANK_LINE = "{\"key\":\"6201\",\"postingDate\":\"2026-11-26\",\"amount\":\"1250.00\","
            + "\"financialAccount\":{\"currency\":\"USD\"},\"payee\":\"ACME FOODS INC\",\"extendedDescription\":\"INV-0001001\"}";
    private static final String ERROR = "{\"ia::result\":{\"ia::error\":{\"code\":\"%s\",\"message\":\"%s\",\"errorId\":\"REST-1064\","
            + "\"supportId\":\"x\"}},\"ia::meta\":{\"totalCount\":1,\"totalSuccess\":0,\"totalError\":1}}";

    @RegisterExtension
    static final StubbedIntacct intacct = new StubbedIntacct();
    private static final WireMockServer INTACCT = intacct.server();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Test
    void a_429_is_retried_after_the_seconds_retry_after_asks_for() {
        INTACCT.stubFor(bankLines().inScenario("busy").whenScenarioStateIs(STARTED).willSetStateTo("free")
                .willReturn(json(429, String.format(ERROR, "tooManyRequests", "Too many requests")).withHeader("Retry-After", "1")));
        INTACCT.stubFor(bankLines().inScenario("busy").whenScenarioStateIs("free").willReturn(page(BANK_LINE)));
        assertThat(ledger(Duration.ofSeconds(2)).unappliedBankLines()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void a_server_error_is_retried_with_a_jittered_exponential_backoff() {
        INTACCT.stubFor(bankLines().inScenario("down").whenScenarioStateIs(STARTED).willSetStateTo("half")
                .willReturn(json(500, String.format(ERROR, "internalError", "Internal error"))));
        INTACCT.stubFor(bankLines().inScenario("down").whenScenarioStateIs("half").willSetStateTo("up")
                .willReturn(json(503, "")));
        INTACCT.stubFor(bankLines().inScenario("down").whenScenarioStateIs("up").willReturn(page(BANK_LINE)));
        assertThat(ledger(Duration.ofSeconds(2)).unappliedBankLines()).hasSize(1);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0).toMillis()).isBetween(15L, 25L);
        assertThat(waits.get(1).toMillis()).isBetween(30L, 50L);
    }

    @Test
    void a_read_that_times_out_is_sent_again() {
        INTACCT.stubFor(bankLines().inScenario("slow").whenScenarioStateIs(STARTED).willSetStateTo("fast")
                .willReturn(page(BANK_LINE).withFixedDelay(1500)));
        INTACCT.stubFor(bankLines().inScenario("slow").whenScenarioStateIs("fast").willReturn(page(BANK_LINE)));
        assertThat(ledger(Duration.ofMillis(400)).unappliedBankLines()).hasSize(1);
        assertThat(waits).hasSize(1);
    }

    @Test
    void a_connection_reset_is_sent_again() {
        INTACCT.stubFor(bankLines().inScenario("reset").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        INTACCT.stubFor(bankLines().inScenario("reset").whenScenarioStateIs("ok").willReturn(page(BANK_LINE)));
        assertThat(ledger(Duration.ofSeconds(2)).unappliedBankLines()).hasSize(1);
    }

    @Test
    void a_body_that_is_not_json_fails_as_malformed_once_the_attempts_are_spent() {
        INTACCT.stubFor(bankLines().willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
        assertThatThrownBy(() -> ledger(Duration.ofSeconds(2)).unappliedBankLines())
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo("malformedResponse"));
        INTACCT.verify(3, postRequestedFor(urlEqualTo(QUERY)));
    }

    @Test
    void an_expired_token_is_fetched_again_and_the_call_repeated_once() {
        INTACCT.stubFor(bankLines().inScenario("expired").whenScenarioStateIs(STARTED).willSetStateTo("renewed")
                .willReturn(json(401, String.format(ERROR, "unauthorized", "the access token has expired"))));
        INTACCT.stubFor(bankLines().inScenario("expired").whenScenarioStateIs("renewed").willReturn(page(BANK_LINE)));
        assertThat(ledger(Duration.ofSeconds(2)).unappliedBankLines()).hasSize(1);
        INTACCT.verify(2, postRequestedFor(urlEqualTo(API + "/oauth2/token")));
        assertThat(waits).isEmpty();
    }

    @Test
    void an_intacct_refusal_keeps_its_code_and_message_and_is_not_retried() {
        INTACCT.stubFor(bankLines().willReturn(json(400, String.format(ERROR, "invalidRequest", "Payload contains errors"))));
        assertThatThrownBy(() -> ledger(Duration.ofSeconds(2)).unappliedBankLines())
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalidRequest");
                    assertThat(e.getMessage()).isEqualTo("Payload contains errors");
                    assertThat(e.retryable()).isFalse();
                });
        INTACCT.verify(1, postRequestedFor(urlEqualTo(QUERY)));
    }

    @Test
    void a_payment_whose_post_timed_out_is_looked_up_not_posted_again() {
        INTACCT.stubFor(query("accounts-receivable/payment").inScenario("write").whenScenarioStateIs(STARTED).willReturn(page()));
        INTACCT.stubFor(post(PAYMENTS).inScenario("write").whenScenarioStateIs(STARTED).willSetStateTo("posted")
                .willReturn(json(201, "{\"ia::result\":{\"key\":\"777\",\"id\":\"777\"}}").withFixedDelay(1500)));
        INTACCT.stubFor(query("accounts-receivable/payment").inScenario("write").whenScenarioStateIs("posted").willReturn(page(
                "{\"key\":\"777\",\"customer\":{\"id\":\"CUST-1001\"},\"paymentSummary\":{\"receiptDate\":\"2026-11-27\"},"
                        + "\"txnCurrency\":{\"currency\":\"USD\",\"totalAmount\":\"100.00\"},\"referenceNumber\":\"proposal-42\"}")));
        INTACCT.stubFor(query("accounts-receivable/payment-detail").willReturn(page(
                "{\"key\":\"1\",\"arPayment\":{\"key\":\"777\"},\"arInvoice\":{\"key\":\"20001\"},"
                        + "\"txnCurrency\":{\"paymentAmount\":\"100.00\",\"adjustmentAmount\":\"0.00\"}}")));
        var payment = ledger(Duration.ofMillis(400)).postPayment(new PaymentPosting("proposal-42", CustomerId.of("CUST-1001"),
                LocalDate.of(2026, 11, 27), usd("100.00"), List.of(new PaymentApplication(InvoiceId.of("20001"), usd("100.00"))),
                Optional.empty(), ""));
        assertThat(payment.id().value()).isEqualTo("777");
        assertThat(payment.reference()).isEqualTo("proposal-42");
        INTACCT.verify(1, postRequestedFor(urlEqualTo(PAYMENTS)));
    }

    @Test
    void an_adjustment_whose_post_timed_out_is_found_and_only_its_credit_application_is_posted() {
        String adjustments = API + "/objects/accounts-receivable/adjustment";
        INTACCT.stubFor(query("accounts-receivable/adjustment").inScenario("adjust").whenScenarioStateIs(STARTED).willReturn(page()));
        INTACCT.stubFor(post(adjustments).inScenario("adjust").whenScenarioStateIs(STARTED).willSetStateTo("created")
                .willReturn(json(201, "{\"ia::result\":{\"key\":\"70001\",\"id\":\"70001\"}}").withFixedDelay(1500)));
        INTACCT.stubFor(query("accounts-receivable/adjustment").inScenario("adjust").whenScenarioStateIs("created")
                .willReturn(page("{\"key\":\"70001\"}")));
        INTACCT.stubFor(query("accounts-receivable/payment").willReturn(page()));
        INTACCT.stubFor(get(API + "/objects/accounts-receivable/invoice/20001")
                .willReturn(json(200, "{\"ia::result\":{\"key\":\"20001\",\"totalTxnAmountDue\":\"500.00\"}}")));
        INTACCT.stubFor(post(PAYMENTS).willReturn(json(201, "{\"ia::result\":{\"key\":\"779\",\"id\":\"779\"}}")));
        var adjustment = ledger(Duration.ofMillis(400)).postAdjustment(new AdjustmentPosting("proposal-44",
                CustomerId.of("CUST-1001"), Optional.of(InvoiceId.of("20001")), LocalDate.of(2026, 11, 27), usd("25.00"),
                AdjustmentKind.WRITE_OFF, "freight deduction"));
        assertThat(adjustment.id().value()).isEqualTo("70001");
        INTACCT.verify(1, postRequestedFor(urlEqualTo(adjustments)));
        INTACCT.verify(1, postRequestedFor(urlEqualTo(PAYMENTS))
                .withRequestBody(matchingJsonPath("$.paymentDetails[0].arAdjustment.key", equalTo("70001")))
                .withRequestBody(matchingJsonPath("$.paymentDetails[0].txnCurrency.adjustmentAmount", equalTo("25.00"))));
    }

    @Test
    void a_rate_limited_payment_is_posted_again_because_intacct_did_not_take_it() {
        INTACCT.stubFor(query("accounts-receivable/payment").willReturn(page()));
        INTACCT.stubFor(post(PAYMENTS).inScenario("limit").whenScenarioStateIs(STARTED).willSetStateTo("free")
                .willReturn(json(429, String.format(ERROR, "tooManyRequests", "Too many requests")).withHeader("Retry-After", "0")));
        INTACCT.stubFor(post(PAYMENTS).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(json(201, "{\"ia::result\":{\"key\":\"778\",\"id\":\"778\"}}")));
        var payment = ledger(Duration.ofSeconds(2)).postPayment(new PaymentPosting("proposal-43", CustomerId.of("CUST-1001"),
                LocalDate.of(2026, 11, 27), usd("100.00"), List.of(), Optional.empty(), ""));
        assertThat(payment.id().value()).isEqualTo("778");
        assertThat(payment.unapplied()).isEqualTo(usd("100.00"));
        INTACCT.verify(2, postRequestedFor(urlEqualTo(PAYMENTS)));
    }

    @Test
    void no_more_than_two_requests_are_in_flight_at_once() throws Exception {
        INTACCT.stubFor(bankLines().willReturn(page(BANK_LINE).withFixedDelay(300)));
        IntacctLedger ledger = ledger(Duration.ofSeconds(5));
        ledger.unappliedBankLines();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(ledger::unappliedBankLines));
            }
            for (var call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(880));
    }

    private IntacctLedger ledger(Duration timeout) {
        IntacctSettings settings = new IntacctSettings(URI.create(INTACCT.baseUrl() + API), "client", "secret",
                Optional.empty(), Optional.of("US-EAST"), timeout);
        IntacctCalls calls = new IntacctCalls(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3, Duration.ofSeconds(5)),
                2, timeout, waits::add);
        return IntacctLedger.connect(settings, Clock.systemUTC(), 100, calls);
    }

    private static MappingBuilder bankLines() {
        return query("cash-management/bank-transaction");
    }

    private static MappingBuilder query(String object) {
        return post(urlEqualTo(QUERY)).withRequestBody(matchingJsonPath("$.object", equalTo(object)));
    }

    private static ResponseDefinitionBuilder page(String... rows) {
        return json(200, "{\"ia::result\":[" + String.join(",", rows) + "],\"ia::meta\":{\"totalCount\":" + rows.length
                + ",\"start\":1,\"pageSize\":100,\"next\":null,\"previous\":null}}");
    }


    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
