package org.arbot.slack;

import org.arbot.core.work.CardUpdate;

/**
 * Shows what a modal's submission came to: the card that opened it replaced in place by the outcome card, or a
 * refusal to the person alone; from the home tab, where there is no card, both go to the person's direct messages.
 */
final class ModalOutcomes {

    private final SlackMessages messages;

    ModalOutcomes(SlackMessages messages) {
        this.messages = messages;
    }

    void show(ModalOrigin origin, String user, CardUpdate update) {
        if (update instanceof CardUpdate.Replaced replaced) {
            if (origin.channel().isPresent() && origin.messageTs().isPresent()) {
                messages.update(origin.channel().get(), origin.messageTs().get(), replaced.card());
            } else {
                messages.post(user, replaced.card(), java.util.Optional.empty());
            }
        } else {
            tell(origin, user, ((CardUpdate.Refused) update).reason());
        }
    }

    /** A note for the person alone: ephemeral in the card's channel, or a direct message. */
    void tell(ModalOrigin origin, String user, String text) {
        if (origin.channel().isPresent()) {
            messages.ephemeral(origin.channel().get(), user, text);
        } else {
            messages.say(user, text, java.util.Optional.empty());
        }
    }
}
