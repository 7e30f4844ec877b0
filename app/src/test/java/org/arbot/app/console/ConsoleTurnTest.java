package org.arbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleTurnTest {

    @Test
    void a_press_is_about_its_proposal_before_any_other_identifier() {
        ConsoleTurn turn = new ConsoleTurn("t1", "chris", Optional.empty(), Optional.of("why"),
                Map.of("customer", "C-7", "proposal", "p-1"), Optional.of("p2"));
        assertThat(turn.subject()).isEqualTo("p-1");
    }

    @Test
    void a_press_without_identifiers_is_about_nothing_in_particular() {
        ConsoleTurn turn = new ConsoleTurn("t1", "chris", Optional.empty(), Optional.of("help"), Map.of(), Optional.empty());
        assertThat(turn.subject()).isEmpty();
    }

    @Test
    void a_turn_is_either_text_or_an_action() {
        assertThatThrownBy(() -> new ConsoleTurn("t1", "chris", Optional.of("hi"), Optional.of("approve"), Map.of(),
                Optional.empty())).hasMessageContaining("both");
        assertThatThrownBy(() -> new ConsoleTurn("t1", "chris", Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty())).hasMessageContaining("neither");
    }
}
