package org.arbot.core.cashapp;

import static org.arbot.core.cashapp.Outcomes.applied;
import static org.arbot.core.cashapp.Outcomes.deducted;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Terms;
import org.arbot.core.deductions.SupportingDocument;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class ShortPaymentsTest {

    @Test
    void a_short_payment_with_a_damage_note_becomes_a_damage_deduction_with_its_evidence() {
        CashApplication result = Books.acmeAndGlobex().pay("1205.00", "Acme Industrial Supply", "INV-0001234",
                "INV-0001234 less 45.00 - 3 cases crushed in transit");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1205.00"));
        assertThat(deducted(result)).isEqualTo(Map.of("INV-0001234", "45.00 DAMAGE NEEDS_REVIEW"));
        assertThat(result.deductions().get(0).evidence()).contains("crushed");
    }

    @Test
    void an_unexplained_shortfall_within_the_tolerance_is_written_off_as_a_bank_fee() {
        CashApplication result = Books.acmeAndGlobex().pay("1235.00", "Acme Industrial Supply", "INV-0001234", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(deducted(result)).isEqualTo(Map.of("INV-0001234", "15.00 BANK_FEE VALID"));
    }

    @Test
    void an_unexplained_shortfall_above_the_tolerance_goes_to_review_as_an_unknown_deduction() {
        CashApplication result = Books.acmeAndGlobex().pay("1150.00", "Acme Industrial Supply", "INV-0001234", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(deducted(result)).isEqualTo(Map.of("INV-0001234", "100.00 UNKNOWN NEEDS_REVIEW"));
        assertThat(applied(result)).isEqualTo(Map.of("INV-0001234", "1150.00"));
    }

    @Test
    void an_early_payment_discount_the_terms_allow_is_a_valid_deduction_found_from_the_amount_alone() {
        Books books = new Books().customer("C1", "Acme Industrial Supply", Terms.discount(new BigDecimal("2"), 10, 30), null, List.of())
                .invoice("INV-0000010", "C1", "1000.00", Books.TODAY.minusDays(5), null);

        CashApplication result = books.pay("980.00", "ACME INDUSTRIAL SUPPLY", "", "");

        assertThat(result.decision()).isEqualTo(MatchDecision.AUTO_APPLY);
        assertThat(deducted(result)).isEqualTo(Map.of("INV-0000010", "20.00 EARLY_PAY_DISCOUNT VALID"));
    }

    @Test
    void a_discount_taken_after_the_window_is_an_invalid_deduction() {
        Books books = new Books().customer("C1", "Acme Industrial Supply", Terms.discount(new BigDecimal("2"), 10, 30), null, List.of())
                .invoice("INV-0000010", "C1", "1000.00", Books.TODAY.minusDays(25), null);

        CashApplication result = books.pay("980.00", "ACME INDUSTRIAL SUPPLY", "INV-0000010", "2% disc taken");

        assertThat(deducted(result)).isEqualTo(Map.of("INV-0000010", "20.00 EARLY_PAY_DISCOUNT INVALID"));
        assertThat(result.reasons()).anyMatch(r -> r.contains("after the window closed"));
    }

    @Test
    void a_promotion_deduction_matching_an_agreed_promotion_is_valid() {
        Books books = Books.acmeAndGlobex();
        books.documents.add(new SupportingDocument(CustomerId.of("C1"), SupportingDocument.Kind.PROMOTION, "PROMO-2026-Q4",
                Money.of("50.00", "USD")));

        CashApplication result = books.pay("1200.00", "Acme Industrial Supply", "INV-0001234", "co-op advertising PROMO-2026-Q4");

        assertThat(deducted(result)).isEqualTo(Map.of("INV-0001234", "50.00 PROMOTION VALID"));
    }

    @Test
    void a_freight_deduction_on_an_order_shipped_freight_prepaid_is_invalid() {
        Books books = Books.acmeAndGlobex();
        books.documents.add(new SupportingDocument(CustomerId.of("C1"), SupportingDocument.Kind.PREPAID_FREIGHT, "INV-0001234",
                Money.of("0.00", "USD")));

        CashApplication result = books.pay("1210.00", "Acme Industrial Supply", "INV-0001234", "freight charges deducted");

        assertThat(deducted(result)).isEqualTo(Map.of("INV-0001234", "40.00 FREIGHT INVALID"));
    }
}
