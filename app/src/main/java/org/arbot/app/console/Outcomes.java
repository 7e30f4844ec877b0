package org.arbot.app.console;

import java.time.Instant;
import org.arbot.cards.catalog.OutcomeCard.Outcome;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;

/** What a decided proposal card shows: the decision, who took it, when, and what the ledger answered. */
final class Outcomes {

    private Outcomes() {
    }

    static Outcome of(DecisionResult result, String person, Instant at) {
        String reference;
        if (result instanceof DecisionResult.ProposalExecuted r) {
            return new Outcome("Approved", by(r.proposal(), person), at, true, "executed, " + r.reference(), id(r.proposal()));
        }
        if (result instanceof DecisionResult.ProposalApproved r) {
            return new Outcome("Approved", by(r.proposal(), person), at, true, "queued for execution", id(r.proposal()));
        }
        if (result instanceof DecisionResult.ExecutionFailed r) {
            return new Outcome("Approved", by(r.proposal(), person), at, false, r.error(), id(r.proposal()));
        }
        if (result instanceof DecisionResult.ProposalDeclined r) {
            return new Outcome("Declined", by(r.proposal(), person), at, true, "nothing written", id(r.proposal()));
        }
        if (result instanceof DecisionResult.ProposalReassigned r) {
            return new Outcome("Reassigned to " + r.proposal().assignee().id(), by(r.proposal(), person), at, true,
                    "nothing written", id(r.proposal()));
        }
        if (result instanceof DecisionResult.ProposalAlreadyDecided r) {
            reference = r.proposal().outcome().isBlank() ? "nothing more written" : r.proposal().outcome();
            return new Outcome("Already " + r.proposal().state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    r.decidedBy().map(PersonId::value).orElse("someone"), at, true, reference, id(r.proposal()));
        }
        DecisionResult.DecisionRefused refused = (DecisionResult.DecisionRefused) result;
        return new Outcome("Refused", person, at, false, refused.reason(), refused.proposalId().value());
    }

    private static String id(Proposal proposal) {
        return proposal.id().value();
    }

    private static String by(Proposal proposal, String person) {
        return proposal.decidedBy().map(PersonId::value).orElse(person);
    }
}
