package org.arbot.core.governance;

import java.util.Objects;
import java.util.Optional;

/**
 * A person's click or reply on a proposal, as a channel adapter hands it over.
 *
 * @param channel where the person acted (may differ from {@code actor}'s channel for the console acting as someone)
 * @param reassignTo the new person or queue, required for {@link Decision#REASSIGN}
 * @param note the person's comment, e.g. why they declined
 * @param turnId the chat event's stable id, recorded so redeliveries can be recognised in the audit trail
 */
public record DecideCommand(
        ProposalId proposalId,
        ChatIdentity actor,
        Channel channel,
        Decision decision,
        Optional<Assignee> reassignTo,
        String note,
        String turnId) {

    public DecideCommand {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reassignTo, "reassignTo");
        note = note == null ? "" : note;
        turnId = turnId == null ? "" : turnId;
        if (decision == Decision.REASSIGN && reassignTo.isEmpty()) {
            throw new IllegalArgumentException("a reassignment needs a person or queue to reassign to");
        }
    }

    public static DecideCommand approve(ProposalId id, ChatIdentity actor, String turnId) {
        return new DecideCommand(id, actor, actor.channel(), Decision.APPROVE, Optional.empty(), "", turnId);
    }

    public static DecideCommand decline(ProposalId id, ChatIdentity actor, String note, String turnId) {
        return new DecideCommand(id, actor, actor.channel(), Decision.DECLINE, Optional.empty(), note, turnId);
    }

    public static DecideCommand reassign(ProposalId id, ChatIdentity actor, Assignee to, String turnId) {
        return new DecideCommand(id, actor, actor.channel(), Decision.REASSIGN, Optional.of(to), "", turnId);
    }
}
