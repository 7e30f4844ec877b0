package org.arbot.core.work;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.OutcomeCard;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.ledger.Ledger;

/**
 * Shows proposals as cards whose buttons (approve, decline, reassign, why, each carrying the proposal id) decide them,
 * and turns a decision's result into the outcome card that replaces the card in place, or into a refusal for the
 * person who clicked.
 */
public final class ProposalCards {

    private final ProposalViews views;
    private final People people;
    private final LocalFormat format;
    private final Clock clock;

    public ProposalCards(Ledger ledger, People people, LocalFormat format, Clock clock) {
        this.views = new ProposalViews(ledger, format, clock);
        this.people = people;
        this.format = format;
        this.clock = clock;
    }

    /** The card asking for a decision on the proposal. */
    public Card card(Proposal proposal) {
        return views.card(proposal);
    }

    /** What the proposal's card becomes after the decision. */
    public CardUpdate after(DecisionResult result) {
        if (result instanceof DecisionResult.DecisionRefused refused) {
            return new CardUpdate.Refused("Not allowed: " + refused.reason()
                    + ". Nothing changed; ask someone with that permission, or reassign it to them.");
        }
        if (result instanceof DecisionResult.ProposalAlreadyDecided already) {
            return new CardUpdate.Refused("Already " + state(already.proposal().state()) + " by "
                    + name(already.decidedBy()) + "; nothing more was done.");
        }
        return new CardUpdate.Replaced(outcome(proposalOf(result), result));
    }

    /** The outcome card of a proposal decided or executed without a click here (automation, another channel). */
    public Card outcome(Proposal proposal) {
        return outcome(proposal, new DecisionResult.ProposalApproved(proposal));
    }

    private Card outcome(Proposal p, DecisionResult result) {
        String by = name(p.decidedBy());
        String key = p.idempotencyKey();
        OutcomeCard.Outcome outcome;
        if (result instanceof DecisionResult.ProposalExecuted done) {
            outcome = new OutcomeCard.Outcome(verb(p), by, clock.instant(), true, done.reference(), key);
        } else if (result instanceof DecisionResult.ExecutionFailed failed) {
            outcome = new OutcomeCard.Outcome(verb(p), by, clock.instant(), false, failed.error()
                    + ". Check the record in Intacct, then ask an AR manager to post it by hand.", key);
        } else if (result instanceof DecisionResult.ProposalDeclined) {
            outcome = new OutcomeCard.Outcome("Declined", by, clock.instant(), true, declined(p), key);
        } else if (result instanceof DecisionResult.ProposalReassigned) {
            outcome = new OutcomeCard.Outcome("Reassigned to " + assignee(p), by, clock.instant(), true,
                    "nothing written yet", key);
        } else {
            outcome = pending(p, by);
        }
        return OutcomeCard.of(card(p), outcome, format);
    }

    private OutcomeCard.Outcome pending(Proposal p, String by) {
        boolean failed = p.state() == ProposalState.FAILED;
        String result = switch (p.state()) {
            case EXECUTED -> p.outcome();
            case FAILED -> p.outcome();
            case DECLINED -> declined(p);
            default -> "being posted; it is retried until Intacct confirms";
        };
        return new OutcomeCard.Outcome(p.state() == ProposalState.DECLINED ? "Declined" : verb(p), by, clock.instant(),
                !failed, result, p.idempotencyKey());
    }

    private static String declined(Proposal p) {
        return p.action() instanceof ProposalAction.ReleaseOrder release
                ? "nothing written; " + release.orderId() + " stays on credit hold" : "nothing written";
    }

    private static String verb(Proposal p) {
        String how = p.state() == ProposalState.AUTO_APPROVED || p.decidedBy().isEmpty() ? " automatically" : "";
        ProposalAction action = p.action();
        if (action instanceof ProposalAction.ReleaseOrder) {
            return "Released" + how;
        }
        if (action instanceof ProposalAction.PostPayment) {
            return "Applied" + how;
        }
        if (action instanceof ProposalAction.PostAdjustment) {
            return "Written off" + how;
        }
        return "Approved" + how;
    }

    private String assignee(Proposal p) {
        return p.assignee().kind() == org.arbot.core.governance.Assignee.Kind.PERSON
                ? people.byId(PersonId.of(p.assignee().id())).map(Person::name).orElse(p.assignee().id())
                : "the " + p.assignee().id() + " queue";
    }

    private String name(java.util.Optional<PersonId> person) {
        return person.map(id -> people.byId(id).map(Person::name).orElse(id.value())).orElse("arbot");
    }

    private static String state(ProposalState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Proposal proposalOf(DecisionResult result) {
        if (result instanceof DecisionResult.ProposalExecuted r) {
            return r.proposal();
        }
        if (result instanceof DecisionResult.ProposalApproved r) {
            return r.proposal();
        }
        if (result instanceof DecisionResult.ExecutionFailed r) {
            return r.proposal();
        }
        if (result instanceof DecisionResult.ProposalDeclined r) {
            return r.proposal();
        }
        if (result instanceof DecisionResult.ProposalReassigned r) {
            return r.proposal();
        }
        return ((DecisionResult.ProposalAlreadyDecided) result).proposal();
    }

    /** The buttons of a proposal card that has no product card of its own. */
    static List<Action> decisionActions(String proposalId) {
        var ref = java.util.Map.of("proposal", proposalId);
        return List.of(Action.of("approve", "Approve", ActionStyle.PRIMARY, ref),
                Action.of("decline", "Decline", ActionStyle.DANGER, ref),
                Action.of("reassign", "Reassign", ref), Action.of("why", "Why?", ref));
    }
}
