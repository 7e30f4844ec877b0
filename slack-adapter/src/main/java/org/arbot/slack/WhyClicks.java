package org.arbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.Proposals;

/** "Why?" on a proposal card: shows the person who asked the agent's reasons and numbers, without changing the card. */
final class WhyClicks implements BlockActionHandler {

    private final Proposals proposals;
    private final SlackMessages messages;
    private final Executor slowWork;

    WhyClicks(Proposals proposals, SlackMessages messages, Executor slowWork) {
        this.proposals = proposals;
        this.messages = messages;
        this.slowWork = slowWork;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        String user = payload.getUser().getId();
        String channel = payload.getContainer().getChannelId();
        String value = payload.getActions().get(0).getValue();
        slowWork.execute(() -> messages.ephemeral(channel, user, ProposalClicks.proposalOf(value)
                .flatMap(proposals::byId).map(WhyClicks::explain)
                .orElse("I cannot find that proposal any more; nothing to explain.")));
        return context.ack();
    }

    private static String explain(Proposal p) {
        return "Why " + p.proposedBy() + " proposed " + p.action().operation() + " (" + p.amount() + ", confidence "
                + p.confidence().toPlainString() + ", risk " + p.risk().toPlainString() + "):\n\u2022 "
                + String.join("\n\u2022 ", p.reasons());
    }
}
