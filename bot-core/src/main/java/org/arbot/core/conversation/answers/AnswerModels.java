package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.arbot.core.collections.InMemoryPromisesToPay;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Proposal;
import org.arbot.core.ledger.Ledger;

/**
 * What answers read besides the ledger: the credit check, the collections' promises to pay, the arbot users and the
 * proposals waiting for them.
 *
 * @param pending the proposals a person or queue still has to decide, as {@code Proposals#pendingFor} gives them
 */
public record AnswerModels(CheckingCredit credit, PromisesToPay promises, People people,
        Function<Assignee, List<Proposal>> pending) {

    public AnswerModels {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(promises, "promises");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(pending, "pending");
    }

    /** The default credit policy, promises kept in memory, no arbot users and so no proposals. */
    public static AnswerModels standalone(Ledger ledger, Clock clock) {
        return new AnswerModels(new CheckingCredit(ledger, clock, CreditPolicy.defaults()), new InMemoryPromisesToPay(),
                NobodyKnown.INSTANCE, assignee -> List.of());
    }
}
