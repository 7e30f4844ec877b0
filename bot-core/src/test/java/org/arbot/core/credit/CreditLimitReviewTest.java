package org.arbot.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CreditLimitReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final CreditLimitReview review = new CreditLimitReview();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ReviewingCreditLimits reviewing = new ReviewingCreditLimits(ledger,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void a_new_customer_with_a_good_score_gets_the_purchases_over_its_terms_and_a_month() {
        CreditLimitProposal proposal = review.propose(new CreditApplication(CustomerId.of("NEW"),
                Money.of("10000.00", "USD"), 8, 30, Optional.of(740)));

        assertThat(proposal.proposedLimit()).isEqualTo(Money.of("20000.00", "USD"));
        assertThat(proposal.proposedTerms()).isEqualTo("N30");
        assertThat(proposal.reasons().get(0)).isEqualTo(
                "Expected purchases of 10,000.00 a month on net 30 need 20,000.00 of credit; proposed 20,000.00");
        assertThat(proposal.update().creditLimit()).contains(Money.of("20000.00", "USD"));
    }

    @Test
    void a_new_customer_without_a_score_or_young_gets_less_and_shorter_terms() {
        CreditLimitProposal proposal = review.propose(new CreditApplication(CustomerId.of("NEW"),
                Money.of("10000.00", "USD"), 1, 45, Optional.empty()));

        assertThat(proposal.proposedLimit()).isEqualTo(Money.of("3000.00", "USD"));
        assertThat(proposal.proposedTerms()).isEqualTo("N15");
        assertThat(proposal.reasons()).contains("No external credit score: 50 % of the need",
                "Net 15 instead of the requested net 45 until a payment record exists");
    }

    @Test
    void a_prompt_payer_near_its_limit_is_proposed_a_higher_one() {
        ledger.add(LedgerFixture.customer("GOOD", "20000.00", "alice"));
        for (int month = 1; month <= 11; month++) {
            ledger.add(LedgerFixture.paid("GOOD", "18000.00", TODAY.minusMonths(month), 30));
        }

        CreditLimitProposal proposal = reviewing.proposeFor(CustomerId.of("GOOD"));

        assertThat(proposal.proposedLimit().isGreaterThan(Money.of("20000.00", "USD"))).isTrue();
        assertThat(proposal.proposedTerms()).isEqualTo("N30");
        assertThat(proposal.reasons().get(1)).startsWith("Pays on time and used over 80 % of the limit");
    }

    @Test
    void a_customer_paying_over_30_days_late_is_proposed_a_lower_limit_on_shorter_terms() {
        ledger.add(LedgerFixture.customer("LATE", "50000.00", "alice"));
        for (int month = 1; month <= 11; month++) {
            ledger.add(LedgerFixture.paid("LATE", "5000.00", TODAY.minusMonths(month), 75));
        }

        CreditLimitProposal proposal = reviewing.proposeFor(CustomerId.of("LATE"));

        assertThat(proposal.proposedLimit().isLessThan(Money.of("50000.00", "USD"))).isTrue();
        assertThat(proposal.proposedTerms()).isEqualTo("N15");
        assertThat(proposal.reasons()).contains("Pays 45 days late on average, more than 30");
        assertThat(proposal.update().termsId()).contains("N15");
        assertThat(reviewing.proposeForAll()).extracting(p -> p.customerId().value()).containsExactly("LATE");
    }

    @Test
    void a_steady_customer_well_within_its_limit_keeps_it() {
        ledger.add(LedgerFixture.customer("OK", "50000.00", "alice"));
        ledger.add(LedgerFixture.paid("OK", "5000.00", TODAY.minusMonths(2), 40));

        CreditLimitProposal proposal = reviewing.proposeFor(CustomerId.of("OK"));

        assertThat(proposal.changes()).isFalse();
        assertThat(proposal.reasons()).contains("No change: the limit fits the sales and the payment record");
    }
}
