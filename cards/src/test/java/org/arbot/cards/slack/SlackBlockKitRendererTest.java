package org.arbot.cards.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Confirmation;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;
import org.junit.jupiter.api.Test;

class SlackBlockKitRendererTest {

    private final SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();

    private static Items accounts(String id, int n) {
        var items = new ArrayList<Item>();
        for (int i = 0; i < n; i++) {
            items.add(Item.of("Account " + i, "detail", List.of(Action.of("snooze", "Snooze", Map.of("customer", "C" + i)))));
        }
        return Items.of(id, items);
    }

    @Test
    void a_card_crowded_with_elements_and_long_lists_stays_within_fifty_blocks_and_offers_show_more() {
        var body = new ArrayList<Element>();
        body.add(Header.of("Crowded", "many parts", Tone.WARNING));
        for (int i = 0; i < 9; i++) {
            body.add(Facts.of(Fact.of("a", "1"), Fact.of("b", "2")));
        }
        body.add(accounts("first", 100));
        body.add(accounts("second", 100));
        JsonNode message = renderer.render(Card.of("crowded", body, List.of(Action.of("why", "Why?", Map.of()))));
        assertThat(message.path("blocks").size()).isLessThanOrEqualTo(50);
        assertThat(message.toString()).contains("\"offset\\\":\\\"").contains("\"list\\\":\\\"second\\\"");
        assertThat(BlockKitContract.violations(message)).isEmpty();
    }

    @Test
    void a_text_longer_than_a_section_is_cut_with_an_ellipsis() {
        JsonNode message = renderer.render(Card.of("t", List.of(Text.of("word ".repeat(1000))), List.of()));
        String text = message.path("blocks").get(0).path("text").path("text").asText();
        assertThat(text).hasSizeLessThanOrEqualTo(3000).endsWith("\u2026");
    }

    @Test
    void more_facts_than_two_sections_hold_are_summarised_in_the_last_field() {
        var facts = new ArrayList<Fact>();
        for (int i = 0; i < 25; i++) {
            facts.add(Fact.of("Fact " + i, "v"));
        }
        JsonNode blocks = renderer.render(Card.of("t", List.of(new Facts(facts)), List.of())).path("blocks");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).path("fields").get(9).path("text").asText()).isEqualTo("*More*\n6 more not shown");
    }

    @Test
    void a_confirmed_dangerous_action_gets_slacks_confirm_dialog_in_danger_style() {
        Action writeOff = Action.of("write_off", "Write off", ActionStyle.DANGER, Map.of("proposal", "p9"))
                .confirmedBy(Confirmation.of("Write off $742.18?", "Posts an adjustment."));
        JsonNode button = renderer.render(Card.of("t", List.of(Text.of("x")), List.of(writeOff)))
                .path("blocks").get(1).path("elements").get(0);
        assertThat(button.path("action_id").asText()).isEqualTo("write_off");
        assertThat(button.path("value").asText()).isEqualTo("{\"proposal\":\"p9\"}");
        assertThat(button.path("style").asText()).isEqualTo("danger");
        assertThat(button.path("confirm").path("style").asText()).isEqualTo("danger");
        assertThat(button.path("confirm").path("title").path("text").asText()).isEqualTo("Write off $742.18?");
    }

    @Test
    void the_notification_text_is_escaped_like_any_mrkdwn() {
        JsonNode message = renderer.render(Card.of("<!channel> Acme & *Co*", List.of(Text.of("x")), List.of()));
        assertThat(message.path("text").asText()).isEqualTo("&lt;!channel&gt; Acme &amp; \u200B*\u200BCo\u200B*\u200B");
    }
}
