package org.arbot.core.cashapp;

import static org.arbot.core.cashapp.Outcomes.applied;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MatchingCasesTest {

    private final Books books = Books.acmeAndGlobex();

    @ParameterizedTest
    @ValueSource(strings = {"INV-0001240", "1240", "#1240", "INV 0001240", "inv-0001240", "Invoice No. 1240", "INV0001240"})
    void one_invoice_quoted_in_any_common_format_is_auto_applied(String reference) {
        CashApplication result = books.pay("980.10", "ACME INDUSTRIAL SUPPLY", reference, "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(result.customerId()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("C1"));
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001240", "980.10"));
        assertThat(result.unapplied().toDecimalString()).isEqualTo("0.00");
        assertThat(result.confidence()).isBetween(0.9, 1.0);
        assertThat(result.reasons()).anyMatch(r -> r.contains("INV-0001240"));
    }

    @Test
    void several_invoices_listed_in_the_remittance_are_each_paid() {
        CashApplication result = books.pay("2230.10", "Acme Industrial Supply", "ACH", "Paying INV-0001234; INV-0001240");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1250.00", "INV-0001240", "980.10"));
    }

    @Test
    void amounts_written_next_to_invoice_numbers_are_applied_as_written() {
        CashApplication result = books.pay("1500.00", "Acme Industrial Supply", "", "INV-0001234 $1,250.00 | INV-0001240 250.00 partial");

        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1250.00", "INV-0001240", "250.00"));
        assertThat(result.deductions()).isEmpty();
    }

    @Test
    void several_invoices_without_remittance_are_found_as_the_exact_subset_of_open_balances() {
        CashApplication result = books.pay("1560.55", "ACME INDUSTRIAL SUPPLY", "ACH CREDIT", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1250.00", "INV-0001251", "310.55"));
        assertThat(result.reasons()).anyMatch(r -> r.contains("add up to exactly"));
    }

    @Test
    void a_typo_in_the_invoice_number_is_accepted_when_the_amount_confirms_it() {
        CashApplication transposed = books.pay("980.10", "Acme Industrial Supply", "INV-0001420", "");
        CashApplication wrongDigit = books.pay("980.10", "Acme Industrial Supply", "1241", "");

        assertThat(transposed.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(transposed)).isEqualTo(Map.of("INV-0001240", "980.10"));
        assertThat(applied(wrongDigit)).isEqualTo(Map.of("INV-0001240", "980.10"));
        assertThat(transposed.reasons()).anyMatch(r -> r.contains("one typo"));
    }

    @Test
    void a_typo_in_the_invoice_number_is_not_accepted_when_the_amount_does_not_confirm_it() {
        CashApplication result = books.pay("500.00", "Acme Industrial Supply", "INV-0001420", "");

        assertThat(result.decision()).isNotEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(result.reasons()).noneMatch(r -> r.contains("one typo"));
    }

    @Test
    void a_po_number_finds_its_invoice() {
        CashApplication result = books.pay("1250.00", "Acme Industrial Supply", "PO# 77120", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1250.00"));
    }

    @Test
    void a_partial_payment_is_applied_in_full_and_the_invoice_stays_open() {
        CashApplication result = books.pay("400.00", "Acme Industrial Supply", "INV-0001234", "installment 1 of 3");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "400.00"));
        assertThat(result.deductions()).isEmpty();
        assertThat(result.reasons()).anyMatch(r -> r.contains("partial"));
    }

    @Test
    void an_overpayment_pays_the_balance_and_leaves_the_rest_unapplied_on_account() {
        CashApplication result = books.pay("1300.00", "Acme Industrial Supply", "INV-0001234", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1250.00"));
        assertThat(result.unapplied().toDecimalString()).isEqualTo("50.00");
    }

    @Test
    void identical_candidates_are_resolved_oldest_due_date_first() {
        Books twins = Books.acmeAndGlobex()
                .invoice("INV-0001300", "C1", "777.00", Books.TODAY.minusDays(5), null)
                .invoice("INV-0001299", "C1", "777.00", Books.TODAY.minusDays(25), null);

        CashApplication result = twins.pay("777.00", "Acme Industrial Supply", "", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001299", "777.00"));
        assertThat(result.reasons()).anyMatch(r -> r.contains("oldest due"));
    }

    @Test
    void an_amount_matching_no_invoice_or_subset_goes_to_review_not_auto() {
        CashApplication result = books.pay("4321.09", "Acme Industrial Supply", "", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(result.confidence()).isLessThan(0.9);
    }
}
