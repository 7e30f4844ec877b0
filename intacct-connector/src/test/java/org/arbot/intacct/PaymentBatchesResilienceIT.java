package org.arbot.intacct;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.arbot.intacct.StubbedIntacct.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A composite request of payments that fails ambiguously, against WireMock answering with Intacct's composite envelopes. */
class PaymentBatchesResilienceIT {

    private static final String API = StubbedIntacct.API;
    private static final String QUERY = API + "/services/core/query";
    private static final String COMPOSITE = API + "/services/core/composite";
    private static final String PAYMENTS = API + "/objects/accounts-receivable/payment";

    @RegisterExtension
    static final StubbedIntacct intacct = new StubbedIntacct();
    private static final WireMockServer INTACCT = intacct.server();

    @BeforeEach
    void stubThePaymentDetails() {
        INTACCT.stubFor(query("accounts-receivable/payment-detail").willReturn(page()));
    }

    @Test
    void a_composite_that_timed_out_is_looked_up_and_only_the_payment_missing_is_sent_again() {
        INTACCT.stubFor(query("accounts-receivable/payment").inScenario("batch").whenScenarioStateIs(STARTED).willReturn(page()));
        INTACCT.stubFor(post(COMPOSITE).inScenario("batch").whenScenarioStateIs(STARTED).willSetStateTo("two-posted")
                .willReturn(json(200, "{\"ia::result\":[]}").withFixedDelay(1500)));
        INTACCT.stubFor(query("accounts-receivable/payment").inScenario("batch").whenScenarioStateIs("two-posted")
                .willReturn(page(payment("801", "batch-0"), payment("802", "batch-1"))));
        INTACCT.stubFor(post(PAYMENTS).willReturn(json(201, "{\"ia::result\":{\"key\":\"803\",\"id\":\"803\"},"
                + "\"ia::meta\":{\"totalCount\":1,\"totalSuccess\":1,\"totalError\":0}}")));
        List<PostResult> result = ledger(Duration.ofMillis(400)).postPayments(postings(3));
        assertThat(PostResults.refused(result)).isEmpty();
        assertThat(PostResults.posted(result)).extracting(p -> p.id().value()).containsExactly("801", "802", "803");
        assertThat(PostResults.wrote(result)).as("found by the second lookup, so written by this batch").containsOnly(true);
        INTACCT.verify(1, postRequestedFor(urlEqualTo(COMPOSITE)));
        INTACCT.verify(1, postRequestedFor(urlEqualTo(PAYMENTS))
                .withRequestBody(matchingJsonPath("$.referenceNumber", equalTo("batch-2"))));
    }

    @Test
    void a_multi_status_answer_posts_the_first_refuses_the_second_and_sends_the_unprocessed_third_again() {
        INTACCT.stubFor(query("accounts-receivable/payment").willReturn(page()));
        INTACCT.stubFor(post(COMPOSITE).willReturn(json(207, """
                {"ia::result":[
                  {"ia::result":{"key":"811","id":"811","href":"/objects/accounts-receivable/payment/811"},
                   "ia::meta":{"totalCount":1,"totalSuccess":1,"totalError":0},"ia::status":201},
                  {"ia::error":{"code":"invalidRequest","message":"Payload contains errors","errorId":"REST-1064",
                   "details":[{"code":"invalidRequest","message":"Payment amount exceeds the amount due","errorId":"REST-1043",
                   "target":"/paymentDetails/0/txnCurrency/paymentAmount"}]},"ia::status":400},
                  {"ia::error":{"code":"unprocessed","message":"Operation skipped due to atomic transaction failure"},
                   "ia::status":422}],
                 "ia::meta":{"totalCount":3,"totalSuccess":1,"totalError":2}}""")));
        INTACCT.stubFor(post(PAYMENTS).willReturn(json(201, "{\"ia::result\":{\"key\":\"813\",\"id\":\"813\"}}")));
        List<PostResult> result = ledger(Duration.ofSeconds(2)).postPayments(postings(3));
        assertThat(PostResults.posted(result)).extracting(Payment::reference).containsExactly("batch-0", "batch-2");
        assertThat(PostResults.refused(result)).containsOnlyKeys("batch-1");
        assertThat(PostResults.refused(result).get("batch-1").getMessage())
                .isEqualTo("Payload contains errors: Payment amount exceeds the amount due");
        INTACCT.verify(1, postRequestedFor(urlEqualTo(PAYMENTS))
                .withRequestBody(matchingJsonPath("$.referenceNumber", equalTo("batch-2"))));
    }

    private static List<PaymentPosting> postings(int count) {
        return IntStream.range(0, count).mapToObj(i -> new PaymentPosting("batch-" + i,
                CustomerId.of("CUST-1001"), LocalDate.of(2026, 11, 27), Money.of("100.00", "USD"),
                List.of(new PaymentApplication(InvoiceId.of(String.valueOf(20001 + i)), Money.of("100.00", "USD"))),
                Optional.empty(), "")).toList();
    }

    private static String payment(String key, String reference) {
        return "{\"key\":\"" + key + "\",\"customer\":{\"id\":\"CUST-1001\"},\"paymentSummary\":{\"receiptDate\":\"2026-11-27\"},"
                + "\"txnCurrency\":{\"currency\":\"USD\",\"totalAmount\":\"100.00\"},\"referenceNumber\":\"" + reference + "\"}";
    }

    private IntacctLedger ledger(Duration timeout) {
        IntacctSettings settings = new IntacctSettings(URI.create(INTACCT.baseUrl() + API), "client", "secret",
                Optional.empty(), Optional.empty(), timeout);
        IntacctCalls calls = new IntacctCalls(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3, Duration.ofSeconds(5)),
                2, timeout, wait -> { });
        return IntacctLedger.connect(settings, Clock.systemUTC(), 100, calls);
    }

    private static MappingBuilder query(String object) {
        return post(urlEqualTo(QUERY)).withRequestBody(matchingJsonPath("$.object", equalTo(object)));
    }

    private static ResponseDefinitionBuilder page(String... rows) {
        return json(200, "{\"ia::result\":[" + String.join(",", rows) + "],\"ia::meta\":{\"totalCount\":" + rows.length
                + ",\"start\":1,\"pageSize\":100,\"next\":null,\"previous\":null}}");
    }

}
