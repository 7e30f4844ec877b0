package org.arbot.core.conversation.answers;

import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;

/**
 * Explains a decision about a document. Credit decisions on orders are explained from the credit figures; decisions
 * of other agents are explained by those agents' proposals, which this answer points to when it has none.
 */
final class DecisionExplanation implements Answerer {

    private final CreditStatus credit;

    DecisionExplanation(CreditStatus credit) {
        this.credit = credit;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        String document = question.entity(Entity.DOCUMENT).orElse("");
        if (document.startsWith("SO-")) {
            return credit.answer(question, actor);
        }
        if (document.isEmpty()) {
            return Reply.text("Which decision? Name the order or proposal, e.g. \"why was PRP-12 proposed?\".");
        }
        return Reply.text("I have no recorded reasoning for " + document + " here; the proposal card for " + document
                + " lists the reasons and figures it was made on.");
    }
}
