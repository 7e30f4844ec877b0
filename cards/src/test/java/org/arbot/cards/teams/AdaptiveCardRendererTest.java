package org.arbot.cards.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.Card;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.Option;
import org.arbot.cards.Select;
import org.arbot.cards.Text;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Test
    void a_card_too_big_for_teams_shows_fewer_rows_and_choices_and_stays_valid() {
        var items = new ArrayList<Item>();
        for (int i = 0; i < 40; i++) {
            items.add(Item.of("\u4E2D".repeat(300), "\u6587".repeat(2000),
                    List.of(Action.of("snooze", "Snooze", Map.of("customer", "C" + i)))));
        }
        var options = new ArrayList<Option>();
        for (int i = 0; i < 100; i++) {
            options.add(Option.of("\u00DC".repeat(75), "INV-" + "9".repeat(140) + i));
        }
        Card card = Card.of("big", List.of(Items.of("accounts", items),
                Select.many("invoices", "Invoices", options, List.of())), List.of());
        JsonNode rendered = renderer.render(card);
        assertThat(rendered.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AdaptiveCardRenderer.MAX_BYTES);
        assertThat(rendered.toString()).contains("show_more").contains("Invoices (");
        assertThat(AdaptiveCardSchema.errors(rendered)).isEmpty();
    }

    @Test
    void a_card_of_many_long_facts_is_squeezed_and_an_impossible_one_is_summarised_within_teams_size() {
        var facts = java.util.Collections.nCopies(30, org.arbot.cards.Fact.of("\u4E2D".repeat(300), "\u6587".repeat(300)));
        var crowded = new ArrayList<org.arbot.cards.Element>();
        for (int i = 0; i < Card.MAX_ELEMENTS; i++) {
            crowded.add(new org.arbot.cards.Facts(facts));
        }
        JsonNode rendered = renderer.render(Card.of("crowded", crowded, List.of()));
        assertThat(rendered.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AdaptiveCardRenderer.MAX_BYTES);
        assertThat(AdaptiveCardSchema.errors(rendered)).isEmpty();
        JsonNode one = renderer.render(Card.of("one", List.of(new org.arbot.cards.Facts(facts)), List.of()));
        assertThat(one.toString()).contains("more not shown");
        assertThat(one.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AdaptiveCardRenderer.MAX_BYTES);
    }

    @Test
    void literal_text_is_a_text_run_so_markdown_in_it_is_never_processed() {
        JsonNode block = renderer.render(Card.of("t", List.of(Text.of("**not bold** [not a link](https://x)")), List.of()))
                .path("body").get(0);
        assertThat(block.path("type").asText()).isEqualTo("RichTextBlock");
        assertThat(block.path("inlines").get(0).path("text").asText()).isEqualTo("**not bold** [not a link](https://x)");
    }
}
