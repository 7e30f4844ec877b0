package org.arbot.core.cashapp;

import static org.arbot.core.cashapp.Outcomes.applied;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayerIdentificationTest {

    @ParameterizedTest
    @ValueSource(strings = {"ACME INDUSTRIAL SUPPLY INC", "ACME INDUSTRIAL SU", "ACME IND SPLY", "Acme Industrial Supply",
        "ORIG CO NAME:ACME IND SUP", "ACME INDUSTIRAL SUPPLY", "acme industrial supply, inc."})
    void bank_variants_of_a_customer_name_identify_the_customer(String payer) {
        CashApplication result = Books.acmeAndGlobex().pay("980.10", payer, "INV-0001240", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(result.customerId()).contains(CustomerId.of("C1"));
    }

    @Test
    void a_known_alias_identifies_the_customer() {
        Books books = new Books().customer("C7", "Northwind Traders", Terms.net(30), null, List.of("NWT AP Dept"))
                .invoice("INV-0000700", "C7", "99.99");

        CashApplication result = books.pay("99.99", "NWT AP DEPT", "", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(result.customerId()).contains(CustomerId.of("C7"));
    }

    @Test
    void a_payer_learned_from_a_past_correction_identifies_the_customer() {
        Books books = Books.acmeAndGlobex();
        ApplyingCash engine = books.engine();
        engine.learn(Books.line("1.00", "AIS TREASURY SVCS", "", ""), CustomerId.of("C1"));

        CashApplication result = engine.apply(Books.line("310.55", "AIS Treasury Services", "", ""));

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001251", "310.55"));
        assertThat(result.reasons()).anyMatch(r -> r.contains("learned"));
    }

    @Test
    void a_parent_company_paying_for_a_subsidiary_is_applied_to_the_subsidiary() {
        Books books = new Books()
                .customer("P1", "Globex Holdings Corp")
                .customer("S1", "Globex Retail East", Terms.net(30), "P1", List.of())
                .invoice("INV-0005001", "S1", "2000.00")
                .invoice("INV-0005002", "S1", "150.00");

        CashApplication result = books.pay("2150.00", "GLOBEX HOLDINGS", "", "INV-0005001, INV-0005002");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(result.customerId()).contains(CustomerId.of("S1"));
        assertThat(result.reasons()).anyMatch(r -> r.contains("pays for subsidiary"));
    }

    @Test
    void an_unknown_payer_quoting_a_real_invoice_is_proposed_but_never_auto_applied() {
        CashApplication result = Books.acmeAndGlobex().pay("980.10", "ZENITH FACTORING LLC", "INV-0001240", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001240", "980.10"));
        assertThat(result.reasons()).anyMatch(r -> r.contains("not a known customer"));
    }

    @Test
    void an_unknown_payer_with_nothing_to_go_on_goes_to_suspense() {
        CashApplication result = Books.acmeAndGlobex().pay("980.10", "ZENITH FACTORING LLC", "PAYMENT", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.UNMATCHED);
        assertThat(result.customerId()).isEmpty();
        assertThat(result.unapplied().toDecimalString()).isEqualTo("980.10");
        assertThat(result.confidence()).isZero();
    }

    @Test
    void the_same_amount_open_at_two_customers_of_an_ambiguous_name_is_a_question_for_a_person() {
        Books books = new Books().customer("A", "Summit Foods").customer("B", "Summit Foods Group")
                .invoice("INV-0000001", "A", "500.00").invoice("INV-0000002", "B", "500.00");

        CashApplication result = books.pay("500.00", "SUMMIT", "", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(result.alternatives()).isNotEmpty();
    }
}
