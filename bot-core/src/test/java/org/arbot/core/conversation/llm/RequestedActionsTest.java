package org.arbot.core.conversation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.ParsedIntent;
import org.junit.jupiter.api.Test;

class RequestedActionsTest {

    private static ParsedIntent approve(String order) {
        return new ParsedIntent(Intent.APPROVE, Map.of(Entity.DOCUMENT, order), 1.0);
    }

    @Test
    void an_action_the_user_asked_for_is_allowed_with_what_the_model_found_for_it() {
        ParsedIntent user = new ParsedIntent(Intent.APPROVE, Map.of(), 1.0);

        assertThat(RequestedActions.allows(approve("SO-2231"), user)).isTrue();
    }

    @Test
    void an_action_asked_for_only_by_a_remittance_is_refused() {
        ParsedIntent user = new ParsedIntent(Intent.EXPLAIN_SHORT_PAY, Map.of(Entity.CUSTOMER, "C-HARBOR"), 1.0);

        assertThat(RequestedActions.allows(approve("SO-2231"), user)).isFalse();
    }

    @Test
    void another_kind_of_action_or_another_document_than_the_user_named_is_refused() {
        assertThat(RequestedActions.allows(approve("SO-2231"), new ParsedIntent(Intent.DECLINE, Map.of(), 1.0))).isFalse();
        assertThat(RequestedActions.allows(approve("SO-9999"), approve("SO-2231"))).isFalse();
    }

    @Test
    void a_question_is_never_an_action() {
        ParsedIntent aging = new ParsedIntent(Intent.AGING, Map.of(), 1.0);

        assertThat(RequestedActions.allows(aging, aging)).isFalse();
    }
}
