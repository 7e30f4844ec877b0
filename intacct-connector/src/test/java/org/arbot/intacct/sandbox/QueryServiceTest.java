package org.arbot.intacct.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DemoCompany COMPANY = DemoCompanySeed.generate(42, LocalDate.of(2026, 11, 27));
    private final QueryService queries = new QueryService(new Envelopes(JSON));

    @Test
    void pages_carry_total_start_size_and_the_next_and_previous_record_numbers() {
        JsonNode first = query("{\"object\":\"accounts-receivable/customer\",\"size\":25}");
        assertThat(first.get("ia::result")).hasSize(25);
        assertThat(first.get("ia::meta").toString())
                .isEqualTo("{\"totalCount\":66,\"start\":1,\"pageSize\":25,\"next\":26,\"previous\":null}");
        JsonNode last = query("{\"object\":\"accounts-receivable/customer\",\"size\":25,\"start\":51}");
        assertThat(last.get("ia::result")).hasSize(16);
        assertThat(last.get("ia::meta").toString())
                .isEqualTo("{\"totalCount\":66,\"start\":51,\"pageSize\":25,\"next\":null,\"previous\":26}");
    }

    @Test
    void dotted_fields_come_back_nested_and_only_those_asked_for() {
        JsonNode row = query("{\"object\":\"accounts-receivable/invoice\",\"fields\":[\"invoiceNumber\",\"customer.id\"],\"size\":1}")
                .get("ia::result").get(0);
        assertThat(row.toString()).matches("\\{\"invoiceNumber\":\"INV-\\d{7}\",\"customer\":\\{\"id\":\"CUST-\\d{4}\"}}");
    }

    @Test
    void filters_combine_by_the_expression_with_or_and_parentheses() {
        String filters = "[{\"$eq\":{\"term.id\":\"N60\"}},{\"$eq\":{\"term.id\":\"N45\"}},{\"$startsWith\":{\"name\":\"H\"}}]";
        List<String> either = terms(filters, "1 or 2");
        List<String> eitherStartingWithH = terms(filters, "(1 or 2) and 3");
        assertThat(either).isNotEmpty().allMatch(t -> t.equals("N60") || t.equals("N45"));
        assertThat(eitherStartingWithH.size()).isLessThan(either.size());
        assertThat(terms(filters, null)).isEmpty();
    }

    @Test
    void comparison_operators_read_decimal_strings_as_numbers_and_dates_as_dates() {
        JsonNode rows = query("{\"object\":\"accounts-receivable/invoice\",\"fields\":[\"totalTxnAmount\",\"invoiceDate\"],"
                + "\"filters\":[{\"$between\":{\"totalTxnAmount\":[\"1000\",\"2000\"]}},{\"$gte\":{\"invoiceDate\":\"2026-10-01\"}},"
                + "{\"$notIn\":{\"state\":[\"paid\"]}},{\"$contains\":{\"invoiceNumber\":\"-000\"}}],\"size\":4000,"
                + "\"orderBy\":[{\"totalTxnAmount\":\"desc\"}]}").get("ia::result");
        List<Double> amounts = new ArrayList<>();
        rows.forEach(r -> amounts.add(r.get("totalTxnAmount").asDouble()));
        assertThat(amounts).isNotEmpty().allMatch(a -> a >= 1000 && a <= 2000).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        rows.forEach(r -> assertThat(r.get("invoiceDate").asText()).isGreaterThanOrEqualTo("2026-10-01"));
    }

    @Test
    void a_page_larger_than_four_thousand_is_refused() {
        assertThatThrownBy(() -> query("{\"object\":\"accounts-receivable/invoice\",\"size\":4001}"))
                .isInstanceOfSatisfying(SandboxError.class, e -> assertThat(e.target()).isEqualTo("/size"));
    }

    @Test
    void an_expression_naming_a_missing_filter_is_refused() {
        assertThatThrownBy(() -> terms("[{\"$eq\":{\"term.id\":\"N60\"}}]", "1 and 2")).isInstanceOf(SandboxError.class);
    }

    private List<String> terms(String filters, String expression) {
        String request = "{\"object\":\"accounts-receivable/customer\",\"fields\":[\"term.id\"],\"size\":4000,\"filters\":" + filters
                + (expression == null ? "" : ",\"filterExpression\":\"" + expression + "\"") + "}";
        List<String> terms = new ArrayList<>();
        query(request).get("ia::result").forEach(r -> terms.add(r.at("/term/id").asText()));
        return terms;
    }

    private JsonNode query(String request) {
        try {
            return queries.query(COMPANY, JSON.readTree(request));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
