package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardTest {

    private static final Action APPROVE = Action.of("approve", "Approve", ActionStyle.PRIMARY, Map.of("proposal", "p1"));

    @Test
    void a_card_needs_a_fallback_text_for_notifications() {
        assertThatThrownBy(() -> Card.of(" ", List.of(Text.of("x")), List.of())).hasMessageContaining("fallback");
    }

    @Test
    void two_buttons_of_one_group_cannot_share_an_action_id() {
        assertThatThrownBy(() -> Card.of("t", List.of(Text.of("x")), List.of(APPROVE, APPROVE)))
                .hasMessageContaining("'approve' is used twice");
    }

    @Test
    void two_inputs_cannot_share_an_id() {
        assertThatThrownBy(() -> Card.of("t", List.of(TextInput.of("note", "Note", ""), TextInput.of("note", "Again", "")),
                List.of())).hasMessageContaining("'note' is used twice");
    }

    @Test
    void a_payload_carries_identifiers_so_it_is_bounded() {
        assertThatThrownBy(() -> Action.of("apply", "Apply", Map.of("ids", "x".repeat(Action.MAX_PAYLOAD_CHARS))))
                .hasMessageContaining("more than " + Action.MAX_PAYLOAD_CHARS);
        assertThatThrownBy(() -> Action.of("apply", "Apply", Map.of("action", "x")))
                .hasMessageContaining("payload key 'action'");
    }

    @Test
    void a_select_can_only_preselect_its_own_options() {
        var options = List.of(Option.of("INV-1", "INV-1"));
        assertThatThrownBy(() -> Select.many("invoices", "Invoices", options, List.of("INV-2")))
                .hasMessageContaining("preselects [INV-2]");
    }

    @Test
    void a_page_says_which_rows_it_shows_and_where_the_next_starts() {
        var rows = java.util.Collections.nCopies(25, List.of("a"));
        Table table = Table.of("lines", List.of(Column.text("A")), rows).at(20);
        Paged.Page page = table.page(100);
        assertThat(page.caption()).isEqualTo("Showing 21\u201325 of 25");
        assertThat(page.hasMore()).isFalse();
        Paged.Page first = table.at(0).page(100);
        assertThat(table.showMore(first).payload()).containsEntry("offset", "10").containsEntry("list", "lines");
    }

    @Test
    void images_must_be_https_with_an_alt_text() {
        assertThatThrownBy(() -> Image.of("http://x.example/c.png", "chart")).hasMessageContaining("https");
        assertThatThrownBy(() -> Image.of("https://x.example/c.png", " ")).hasMessageContaining("alt text");
    }

    @Test
    void show_more_asks_for_the_same_card_with_one_list_at_the_next_page() {
        var rows = java.util.Collections.nCopies(25, List.of("a"));
        Card card = Card.of("t", List.of(Table.of("lines", List.of(Column.text("A")), rows),
                Items.of("accounts", List.of())), List.of());
        Card next = card.showing("lines", 10);
        assertThat(((Table) next.body().get(0)).offset()).isEqualTo(10);
        assertThat(((Items) next.body().get(1)).offset()).isZero();
        assertThatThrownBy(() -> card.showing("nope", 10)).hasMessageContaining("no list 'nope'");
    }
}
