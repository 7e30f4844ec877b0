package org.arbot.cards.catalog;

import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Confirmation;
import org.arbot.cards.Text;

/** The buttons and reasons every proposal card shares: each action carries the proposal id. */
final class Proposals {

    private Proposals() {
    }

    static Map<String, String> ref(String proposalId) {
        return Map.of("proposal", proposalId);
    }

    static Action approve(String proposalId, String title, String question) {
        return Action.of("approve", title, ActionStyle.PRIMARY, ref(proposalId))
                .confirmedBy(Confirmation.of(title + "?", question));
    }

    static Action decline(String proposalId, String title) {
        return Action.of("decline", title, ActionStyle.DANGER, ref(proposalId));
    }

    static Action reassign(String proposalId) {
        return Action.of("reassign", "Reassign", ref(proposalId));
    }

    static Action why(String proposalId) {
        return Action.of("why", "Why?", ref(proposalId));
    }

    /** The reasons as one paragraph of bullet lines. */
    static Text reasons(List<String> reasons) {
        return Text.of(reasons.isEmpty() ? "No reasons given."
                : "\u2022 " + String.join("\n\u2022 ", reasons));
    }
}
