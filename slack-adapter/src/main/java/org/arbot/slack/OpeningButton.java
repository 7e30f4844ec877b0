package org.arbot.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button that opens a modal: acks at once, then opens it off the request thread (the click's trigger id is good for
 * 3 seconds), once per click however often Slack delivers it. If it cannot open, the person is told.
 */
final class OpeningButton implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(OpeningButton.class);

    private final Deliveries deliveries;
    private final Executor slowWork;
    private final ModalOutcomes outcomes;
    private final Consumer<OpeningClick> open;

    OpeningButton(Deliveries deliveries, Executor slowWork, SlackMessages messages, Consumer<OpeningClick> open) {
        this.deliveries = deliveries;
        this.slowWork = slowWork;
        this.outcomes = new ModalOutcomes(messages);
        this.open = open;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        OpeningClick click = OpeningClick.of(request.getPayload());
        if (deliveries.first("open:" + click.triggerId())) {
            slowWork.execute(() -> {
                try {
                    open.accept(click);
                } catch (RuntimeException e) {
                    log.warn("could not open the modal of click {}", click.triggerId(), e);
                    outcomes.tell(click.origin(""), click.user(), "The form did not open: " + e.getMessage()
                            + ". Click the button again in a minute.");
                }
            });
        }
        return context.ack();
    }
}
