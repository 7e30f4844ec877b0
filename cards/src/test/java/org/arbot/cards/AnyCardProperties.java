package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.arbot.cards.slack.BlockKitContract;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.cards.teams.AdaptiveCardRenderer;
import org.arbot.cards.teams.AdaptiveCardSchema;

/** Any card the model allows, however crowded and whatever its text, renders into messages both channels accept. */
class AnyCardProperties {

    private static final SlackBlockKitRenderer SLACK = new SlackBlockKitRenderer();
    private static final AdaptiveCardRenderer TEAMS = new AdaptiveCardRenderer();
    private static final List<String> ACTION_IDS = List.of("approve", "decline", "reassign", "why", "apply", "snooze");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("*_~`<>&\n :").ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u4E00', '\u4E50').ofMinLength(1).ofMaxLength(4000),
                Arbitraries.of("\uD83D\uDE00".repeat(1600), "<!here> *now*", "> quoted", "a".repeat(9000)));
    }

    private Arbitrary<Action> action(int index) {
        return Combinators.combine(text(), Arbitraries.of(ActionStyle.values()), text(), Arbitraries.of(true, false))
                .as((title, style, question, confirm) -> {
                    Action a = Action.of(ACTION_IDS.get(index), title.isBlank() ? "Go" : title, style, Map.of("ref", "r" + index));
                    return confirm ? a.confirmedBy(Confirmation.of(question, question)) : a;
                });
    }

    private Arbitrary<List<Action>> actions(int max) {
        return Arbitraries.integers().between(0, max).flatMap(n -> {
            List<Arbitrary<Action>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(action(i));
            }
            return n == 0 ? Arbitraries.just(List.<Action>of()) : Combinators.combine(each).as(List::copyOf);
        });
    }

    private Arbitrary<Element> element(int index) {
        Arbitrary<Element> header = Combinators.combine(text(), text(), Arbitraries.of(Tone.values())).as(Header::new);
        Arbitrary<Element> facts = Combinators.combine(text(), text(), Arbitraries.integers().between(1, 30))
                .as((l, v, n) -> new Facts(Collections.nCopies(n, Fact.of(l, v))));
        Arbitrary<Element> table = Combinators.combine(text(), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 80), Arbitraries.integers().between(0, 90))
                .as((cell, cols, rows, offset) -> Table.of("t" + index, Collections.nCopies(cols, Column.text(cell)),
                        Collections.nCopies(rows, Collections.nCopies(cols, cell))).at(offset));
        Arbitrary<Element> items = Combinators.combine(text(), text(), actions(Item.MAX_ACTIONS), Arbitraries.integers().between(0, 60))
                .as((title, detail, acts, n) -> Items.of("i" + index, Collections.nCopies(n, Item.of(title, detail, acts))));
        Arbitrary<Element> select = Combinators.combine(text(), text(), Arbitraries.integers().between(1, 100), Arbitraries.of(true, false))
                .as((label, title, n, many) -> {
                    var options = new ArrayList<Option>();
                    for (int i = 0; i < n; i++) {
                        options.add(Option.of(title, "v" + i));
                    }
                    return new Select("s" + index, label, options, many, many ? List.of("v0") : List.of());
                });
        return Arbitraries.oneOf(header, facts, table, items, select,
                text().map(Text::of), text().map(Note::of),
                text().map(alt -> Image.of("https://arbot.example.com/charts/c.png", alt.isBlank() ? "chart" : alt)),
                Combinators.combine(text(), text(), text()).as((l, p, v) -> new TextInput("in" + index, l, p, true, v)));
    }

    @Provide
    Arbitrary<Card> cards() {
        return Arbitraries.integers().between(1, Card.MAX_ELEMENTS).flatMap(n -> {
            List<Arbitrary<Element>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(element(i));
            }
            return Combinators.combine(Combinators.combine(each).as(List::copyOf), actions(Card.MAX_ACTIONS), text())
                    .as((body, acts, fallback) -> Card.of(fallback.isBlank() ? "card" : fallback, body, acts));
        });
    }

    @Property(tries = 80)
    void any_card_renders_to_a_slack_message_that_slack_accepts(@ForAll("cards") Card card) {
        JsonNode slack = SLACK.render(card);
        assertThat(BlockKitContract.violations(slack)).isEmpty();
        assertThat(BlockKitContract.parse(slack.toString()).getBlocks()).hasSize(slack.path("blocks").size());
    }

    @Property(tries = 80)
    void any_card_renders_to_a_valid_adaptive_card_within_teams_message_size(@ForAll("cards") Card card) {
        JsonNode teams = TEAMS.render(card);
        assertThat(AdaptiveCardSchema.errors(teams)).isEmpty();
        assertThat(teams.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(28 * 1024);
    }
}
