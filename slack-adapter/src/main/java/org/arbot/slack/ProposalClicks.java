package org.arbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.work.CardUpdate;
import org.arbot.core.work.ProposalCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision buttons of proposal cards (approve, decline, apply, write off, suspense, dispute): acks at once, then
 * decides the proposal through governance as the person who clicked, and updates the card in place with the outcome,
 * or tells only that person why not (the card stays). A redelivered click is handled once.
 */
final class ProposalClicks implements BlockActionHandler {

    /** The buttons that decide, and how. */
    static final Map<String, Decision> DECISIONS = Map.of("approve", Decision.APPROVE, "apply", Decision.APPROVE,
            "write_off", Decision.APPROVE, "decline", Decision.DECLINE, "suspense", Decision.DECLINE,
            "dispute", Decision.DECLINE);

    private static final Map<String, String> NOTES = Map.of("suspense", "sent to suspense", "dispute", "disputed",
            "decline", "declined in Slack");
    private static final Logger log = LoggerFactory.getLogger(ProposalClicks.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final DecidingProposal deciding;
    private final ProposalCards cards;
    private final SlackMessages messages;
    private final Deliveries deliveries;
    private final Executor slowWork;

    ProposalClicks(DecidingProposal deciding, ProposalCards cards, SlackMessages messages, Deliveries deliveries,
            Executor slowWork) {
        this.deciding = deciding;
        this.cards = cards;
        this.messages = messages;
        this.deliveries = deliveries;
        this.slowWork = slowWork;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        BlockActionPayload.Action action = payload.getActions().get(0);
        String user = payload.getUser().getId();
        String channel = payload.getChannel() != null ? payload.getChannel().getId() : payload.getContainer().getChannelId();
        String messageTs = payload.getContainer().getMessageTs();
        String turn = "click:" + channel + ":" + messageTs + ":" + action.getActionTs() + ":" + user;
        // Even the redelivery check waits for the ack: Redis answers in the slow-work pool, not on Slack's clock.
        slowWork.execute(() -> decide(action, user, channel, messageTs, turn));
        return context.ack();
    }

    private void decide(BlockActionPayload.Action action, String user, String channel, String messageTs, String turn) {
        if (!deliveries.first(turn)) {
            return;
        }
        try {
            Optional<ProposalId> proposal = proposalOf(action.getValue());
            if (proposal.isEmpty()) {
                messages.ephemeral(channel, user, "This button names no proposal, so nothing was done. Ask in the "
                        + "channel with /ar queue to see your open items.");
                return;
            }
            Decision decision = DECISIONS.get(action.getActionId());
            DecideCommand command = new DecideCommand(proposal.get(), ChatIdentity.slack(user), Channel.SLACK, decision,
                    Optional.empty(), NOTES.getOrDefault(action.getActionId(), ""), turn);
            CardUpdate update = cards.after(deciding.decide(command));
            if (update instanceof CardUpdate.Replaced replaced) {
                messages.update(channel, messageTs, replaced.card());
            } else {
                messages.ephemeral(channel, user, ((CardUpdate.Refused) update).reason());
            }
        } catch (RuntimeException e) {
            log.warn("click {} failed", turn, e);
            messages.ephemeral(channel, user, "That did not go through: " + e.getMessage() + ". Nothing changed on the "
                    + "card; try again in a minute, and tell your AR manager if it keeps failing (reference " + turn + ").");
        }
    }

    /** The proposal id in a button's value, which the card renderer writes as {@code {"proposal": id}}. */
    static Optional<ProposalId> proposalOf(String value) {
        try {
            return Optional.ofNullable(value).map(v -> {
                try {
                    return json.readTree(v).path("proposal").asText("");
                } catch (IOException e) {
                    return "";
                }
            }).filter(id -> !id.isBlank()).map(ProposalId::of);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
