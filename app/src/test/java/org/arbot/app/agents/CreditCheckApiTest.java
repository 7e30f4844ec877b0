package org.arbot.app.agents;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Terms;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(CreditCheckController.class)
@Import({CreditCheckApiTest.DemoLedger.class, CreditConfiguration.class})
class CreditCheckApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static final String EXAMPLE = """
            {"customer_id":"CUST-1001","order_amount":12500.00,"order_id":"SO-78910","context":{"current_ar_balance":45000.00,
             "days_sales_outstanding":42,"last_payment_date":"2024-03-15","external_credit_score":680}}""";

    @Autowired
    MockMvc mvc;

    @Test
    void the_example_request_answers_the_action_with_its_reasons_and_figures() throws Exception {
        post(EXAMPLE).andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("REVIEW"))
                .andExpect(jsonPath("$.reasons[0]").value("New exposure 57,500.00 exceeds the 50,000.00 limit by 15 %"))
                .andExpect(jsonPath("$.risk_score").value(allOf(greaterThanOrEqualTo(0), lessThanOrEqualTo(100))))
                .andExpect(jsonPath("$.confidence").value(allOf(greaterThanOrEqualTo(0.0), lessThanOrEqualTo(1.0))))
                .andExpect(jsonPath("$.policy_version").value(startsWith("default-1+")))
                .andExpect(jsonPath("$.proposed_action").value("ask_credit_managers"))
                .andExpect(jsonPath("$.order_id").value("SO-78910"));
    }

    @Test
    void without_context_the_balance_is_read_from_the_ledger() throws Exception {
        post("""
                {"customer_id":"CUST-1001","order_amount":12500.00}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("APPROVE"))
                .andExpect(jsonPath("$.reasons[0]").value("New exposure 22,500.00 is 45 % of the 50,000.00 limit"));
    }

    @Test
    void an_amount_of_the_wrong_type_is_a_400_naming_the_field() throws Exception {
        post("""
                {"customer_id":"CUST-1001","order_amount":"lots"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("order_amount"))
                .andExpect(jsonPath("$.detail").value(startsWith("order_amount has a value of the wrong type")));
    }

    @Test
    void a_missing_customer_is_a_400_naming_the_field() throws Exception {
        post("""
                {"order_amount":100.00}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("customer_id"))
                .andExpect(jsonPath("$.detail").value("customer_id is required"));
    }

    @Test
    void a_score_out_of_range_is_a_400_naming_the_nested_field() throws Exception {
        post("""
                {"customer_id":"CUST-1001","order_amount":100.00,"context":{"external_credit_score":68.5}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("context.external_credit_score"));
    }

    @Test
    void a_body_that_is_not_json_is_a_400() throws Exception {
        post("{\"customer_id\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.detail").value(containsString("not a valid JSON")));
    }

    @Test
    void an_unknown_customer_is_a_404_with_a_clear_message() throws Exception {
        post("""
                {"customer_id":"CUST-9999","order_amount":100.00}""").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("customer CUST-9999 was not found"));
    }

    private ResultActions post(String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/agents/credit_check")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @TestConfiguration
    @EnableConfigurationProperties(CreditSettings.class)
    static class DemoLedger {

        @Bean
        Ledger ledger() {
            Money open = Money.of("10000.00", "USD");
            return new InMemoryLedger()
                    .add(new Customer(CustomerId.of("CUST-1001"), "Acme Corp", Optional.empty(), Money.of("50000.00", "USD"),
                            Terms.net(30), CollectorId.of("alice"), false, List.of()))
                    .add(new Invoice(InvoiceId.of("1"), "INV-1", CustomerId.of("CUST-1001"), TODAY.minusDays(20),
                            TODAY.plusDays(10), open, open, Optional.empty(), InvoiceState.POSTED, Optional.empty()));
        }

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }
}
