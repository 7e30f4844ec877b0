package org.arbot.core.conversation;

import static org.arbot.core.conversation.Fixtures.said;
import static org.assertj.core.api.Assertions.assertThat;

import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditDecision;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.Test;

class CreditQuestionsTest {

    final InMemoryLedger ledger = Fixtures.ledger();
    final ConversationEngine engine = Fixtures.engine(ledger, new MapConversations());
    final CheckingCredit checking = new CheckingCredit(ledger, Fixtures.CLOCK, CreditPolicy.defaults());

    @Test
    void the_credit_status_of_an_order_is_the_credit_checks_decision_with_its_score_and_reasons() {
        CreditDecision decision = checking.check(SalesOrderId.of("SO-2231"));

        Reply reply = engine.handle(said("Ev1", "credit status of SO-2231")).get(0);

        assertThat(reply.text()).startsWith("Order SO-2231 for Acme Corp ($15,000.00, pending): the credit check says "
                + decision.action().name().toLowerCase() + " (risk score " + decision.riskScore() + " of 100)")
                .contains("Decision: " + decision.action(), "Credit limit: $50,000.00")
                .contains(decision.reasons().toArray(String[]::new));
        assertThat(reply.card()).isPresent();
    }

    @Test
    void a_customers_credit_status_is_checked_without_an_order() {
        Reply reply = engine.handle(said("Ev1", "credit status for harbor foods")).get(0);

        assertThat(reply.text()).startsWith("Harbor Foods: the credit check says ").contains("Risk score: ", "Reason 1: ");
    }
}
