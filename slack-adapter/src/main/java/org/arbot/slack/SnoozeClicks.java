package org.arbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.work.Snoozing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Snooze" on a priority list's account ({@code {"customer": id}}) or "Snooze a week" on a forecast alert
 * ({@code {"alert": id}}): acks at once, then snoozes it for a week as the person who clicked and tells only them until
 * when, or why not. The card stays as it is. A redelivered click is handled once.
 */
final class SnoozeClicks implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(SnoozeClicks.class);

    private final Snoozing snoozing;
    private final SlackMessages messages;
    private final LocalFormat format;
    private final Deliveries deliveries;
    private final Executor slowWork;

    SnoozeClicks(Snoozing snoozing, SlackMessages messages, LocalFormat format, Deliveries deliveries, Executor slowWork) {
        this.snoozing = snoozing;
        this.messages = messages;
        this.format = format;
        this.deliveries = deliveries;
        this.slowWork = slowWork;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        OpeningClick click = OpeningClick.of(payload);
        String turn = "snooze:" + click.channel().orElse("") + ":" + click.messageTs().orElse("") + ":"
                + payload.getActions().get(0).getActionTs() + ":" + click.user();
        if (deliveries.first(turn)) {
            slowWork.execute(() -> snooze(click, turn));
        }
        return context.ack();
    }

    private void snooze(OpeningClick click, String turn) {
        try {
            ChatIdentity by = ChatIdentity.slack(click.user());
            Optional<String> customer = click.named("customer");
            Snoozing.Outcome outcome;
            if (customer.isPresent()) {
                outcome = snoozing.account(CustomerId.of(customer.get()), by);
            } else if (click.named("alert").isPresent()) {
                outcome = snoozing.forecastAlerts(by);
            } else {
                tell(click, "This button names no account or alert, so nothing was snoozed.");
                return;
            }
            if (outcome instanceof Snoozing.Outcome.Snoozed s) {
                tell(click, "Snoozed " + s.what() + " until " + format.date(s.until()) + ": "
                        + (customer.isPresent() ? "it stays off the priority lists" : "no forecast alert is posted")
                        + " until then.");
            } else {
                tell(click, ((Snoozing.Outcome.Refused) outcome).reason());
            }
        } catch (RuntimeException e) {
            log.warn("snooze {} failed", turn, e);
            tell(click, "That did not go through: " + e.getMessage() + ". Nothing was snoozed; try again in a minute.");
        }
    }

    private void tell(OpeningClick click, String text) {
        if (click.channel().isPresent()) {
            messages.ephemeral(click.channel().get(), click.user(), text);
        } else {
            messages.say(click.user(), text, Optional.empty());
        }
    }
}
