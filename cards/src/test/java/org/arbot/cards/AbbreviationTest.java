package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbbreviationTest {

    @Test
    void text_within_the_limit_is_left_alone() {
        assertThat(Abbreviation.abbreviate("Acme", 4)).isEqualTo("Acme");
    }

    @Test
    void longer_text_ends_in_an_ellipsis_within_the_limit() {
        assertThat(Abbreviation.abbreviate("Acme Tools and Supply", 10)).isEqualTo("Acme Tool\u2026").hasSize(10);
    }

    @Test
    void a_surrogate_pair_is_never_split() {
        String cut = Abbreviation.abbreviate("ab\uD83D\uDE00cd", 4);
        assertThat(cut).isEqualTo("ab\u2026");
    }

    @Test
    void blank_text_becomes_a_dash_because_channels_reject_empty_text() {
        assertThat(Abbreviation.orDash("  ")).isEqualTo("\u2014");
        assertThatThrownBy(() -> Abbreviation.abbreviate("x", 0)).hasMessageContaining("max 0");
    }
}
