package org.arbot.intacct.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final DemoCompany COMPANY = DemoCompanySeed.generate(42, AS_OF);

    @Test
    void the_same_seed_and_date_give_the_same_company() {
        DemoCompany again = DemoCompanySeed.generate(42, AS_OF);
        for (SandboxObject object : SandboxObject.values()) {
            assertThat(again.records(object.objectName())).isEqualTo(COMPANY.records(object.objectName()));
        }
    }

    @Test
    void another_seed_gives_another_company() {
        DemoCompany other = DemoCompanySeed.generate(7, AS_OF);
        assertThat(other.records("accounts-receivable/invoice")).isNotEqualTo(COMPANY.records("accounts-receivable/invoice"));
    }

    @Test
    void the_company_has_at_least_sixty_customers_with_parents_terms_collectors_and_trade_names() {
        List<JsonNode> customers = COMPANY.records("accounts-receivable/customer");
        assertThat(customers).hasSizeGreaterThanOrEqualTo(60);
        assertThat(customers.stream().filter(c -> c.has("parent"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(customers.stream().map(c -> c.at("/term/id").asText()).collect(Collectors.toSet()))
                .contains("2/10 N30", "N30", "N45", "N60");
        assertThat(customers.stream().map(c -> c.at("/creditLimit").asLong()).collect(Collectors.toSet())).hasSizeGreaterThan(5);
        assertThat(customers).allMatch(c -> !c.at("/salesRepresentative/id").asText().isEmpty());
        assertThat(customers.stream().filter(c -> !c.at("/contacts/default/printAs").asText().equals(c.path("name").asText())))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void fifteen_months_of_invoices_leave_hundreds_open_and_a_few_disputed() {
        List<JsonNode> invoices = COMPANY.records("accounts-receivable/invoice");
        assertThat(invoices).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(invoices).allMatch(i -> !LocalDate.parse(i.path("invoiceDate").asText()).isBefore(AS_OF.minusMonths(15)));
        assertThat(invoices).allMatch(i -> i.path("invoiceNumber").asText().matches("INV-\\d{7}"));
        assertThat(invoices.stream().filter(i -> Set.of("posted", "partiallyPaid").contains(i.path("state").asText())).count())
                .isGreaterThanOrEqualTo(300);
        assertThat(invoices.stream().filter(i -> i.path("state").asText().equals("partiallyPaid")).count()).isPositive();
        assertThat(invoices.stream().filter(i -> i.path("description").asText().startsWith("Disputed")).count()).isBetween(2L, 20L);
        assertThat(invoices.stream().filter(i -> i.at("/paymentInformation/daysPaidAfterDue").asInt() > 25).count()).isGreaterThan(50);
    }

    @Test
    void more_than_ten_sales_orders_wait_for_credit_and_some_exceed_the_limit() {
        List<JsonNode> pending = COMPANY.records("order-entry/document::Sales Order").stream()
                .filter(o -> o.path("state").asText().equals("pending")).toList();
        assertThat(pending).hasSizeGreaterThanOrEqualTo(10);
        long overLimit = pending.stream().filter(order -> {
            JsonNode customer = COMPANY.record("accounts-receivable/customer", order.at("/customer/key").asText()).orElseThrow();
            return new java.math.BigDecimal(customer.path("totalDue").asText()).add(new java.math.BigDecimal(order.path("total").asText()))
                    .compareTo(customer.path("creditLimit").decimalValue()) > 0;
        }).count();
        assertThat(overLimit).isGreaterThanOrEqualTo(3);
    }

    @Test
    void forty_unapplied_bank_lines_carry_remittance_of_every_kind() {
        List<JsonNode> lines = COMPANY.records("cash-management/bank-transaction");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40)
                .allMatch(l -> l.at("/reconciliationInformation/status").asText().equals("unmatched"));
        List<String> remittances = lines.stream().map(l -> l.path("extendedDescription").asText()).toList();
        assertThat(remittances).anyMatch(r -> r.contains("damaged goods") || r.contains("pricing difference"));
        assertThat(remittances).anyMatch(r -> r.contains("On behalf of"));
        assertThat(remittances).anyMatch(r -> r.startsWith("Remit:") || r.contains(";"));
        assertThat(remittances.stream().filter(String::isEmpty)).isNotEmpty();
        assertThat(lines).allMatch(l -> l.path("payee").asText().length() <= 16
                && l.path("payee").asText().equals(l.path("payee").asText().toUpperCase()));
    }
}
