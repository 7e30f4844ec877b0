package org.arbot.cards.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.arbot.cards.catalog.CardSamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class AdaptiveCardSchemaTest {

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @TestFactory
    Stream<DynamicTest> every_sample_card_validates_against_the_adaptive_card_1_5_schema() {
        return CardSamples.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertThat(AdaptiveCardSchema.errors(renderer.render(e.getValue()))).isEmpty()));
    }

    @Test
    void the_validator_accepts_microsofts_execute_card_with_a_submit_fallback() {
        var card = AdaptiveCardSchema.read(AdaptiveCardSchema.sharedDir()
                .resolve("contracts/teams/cards/uam-doc.action-execute-with-submit-fallback.card.json"));
        assertThat(AdaptiveCardSchema.errors(card)).isEmpty();
    }

    @Test
    void the_validator_rejects_the_string_fallback_that_the_schema_does_not_allow() {
        var card = AdaptiveCardSchema.read(AdaptiveCardSchema.sharedDir()
                .resolve("contracts/teams/cards/uam-doc.action-execute.card.json"));
        assertThat(AdaptiveCardSchema.errors(card)).isNotEmpty();
    }

    @Test
    void the_validator_tolerates_the_msteams_extension_but_no_other_unknown_property() {
        var card = renderer.render(CardSamples.all().get("error"));
        assertThat(card.has("msteams")).isTrue();
        assertThat(AdaptiveCardSchema.errors(card)).isEmpty();
        card.put("host", "other");
        assertThat(AdaptiveCardSchema.errors(card)).isNotEmpty();
    }

    @Test
    void every_button_is_an_execute_action_with_a_submit_fallback_carrying_the_same_data() {
        var card = renderer.render(CardSamples.all().get("payment-match"));
        var apply = card.path("actions").get(0);
        assertThat(apply.path("type").asText()).isEqualTo("Action.Execute");
        assertThat(apply.path("verb").asText()).isEqualTo("apply");
        assertThat(apply.path("data").path("action").asText()).isEqualTo("apply");
        assertThat(apply.path("data").path("proposal").asText()).isEqualTo("prop-51c0");
        assertThat(apply.path("fallback").path("type").asText()).isEqualTo("Action.Submit");
        assertThat(apply.path("fallback").path("data")).isEqualTo(apply.path("data"));
    }

    @Test
    void the_plain_text_fallback_is_both_fallback_text_and_speak() {
        var card = renderer.render(CardSamples.all().get("credit-hold"));
        assertThat(card.path("fallbackText").asText()).startsWith("Credit hold: SO-1042");
        assertThat(card.path("speak")).isEqualTo(card.path("fallbackText"));
    }
}
