package org.arbot.cards.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Tone;
import org.junit.jupiter.api.Test;

class OutcomeCardTest {

    @Test
    void the_outcome_keeps_the_original_facts_shows_who_when_and_intacct_and_has_no_buttons() {
        var outcome = OutcomeCard.of(CardSamples.creditHold(), new OutcomeCard.Outcome("Approved", "Dana Whitfield",
                Instant.parse("2026-11-27T15:42:00Z"), true, "Sales order SO-1042 released", "prop-7f3a"), CardSamples.US);
        assertThat(outcome.actions()).isEmpty();
        assertThat(outcome.header()).map(Header::tone).contains(Tone.GOOD);
        assertThat(outcome.body()).filteredOn(e -> e instanceof Facts).hasSize(2);
        assertThat(outcome.fallbackText()).contains("Approved by Dana Whitfield").contains("SO-1042 released");
    }

    @Test
    void a_decline_is_a_warning_and_a_failed_write_is_an_attention() {
        var declined = OutcomeCard.of(CardSamples.creditHold(), new OutcomeCard.Outcome("Declined", "Sam",
                Instant.EPOCH, true, "Order stays on hold", "r"), CardSamples.US);
        var failed = OutcomeCard.of(CardSamples.creditHold(), new OutcomeCard.Outcome("Approved", "Sam",
                Instant.EPOCH, false, "period closed", "r"), CardSamples.US);
        assertThat(declined.header()).map(Header::tone).contains(Tone.WARNING);
        assertThat(failed.header()).map(Header::tone).contains(Tone.ATTENTION);
    }
}
