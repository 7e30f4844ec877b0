package org.arbot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what a valid modal submission asks after the ack, once per submitted view and person; the work gets the
 * submitter and a turn id ({@code view:<view id>:<user>}) for the audit trail. A failure is logged and told to the
 * submitter alone, with the reference to quote.
 */
final class Submissions {

    /** The work a submission starts. */
    interface Work {
        void run(String user, String turn);
    }

    private static final Logger log = LoggerFactory.getLogger(Submissions.class);

    private final Deliveries deliveries;
    private final Executor slowWork;
    private final ModalOutcomes outcomes;

    Submissions(Deliveries deliveries, Executor slowWork, SlackMessages messages) {
        this.deliveries = deliveries;
        this.slowWork = slowWork;
        this.outcomes = new ModalOutcomes(messages);
    }

    void once(ViewSubmissionPayload payload, ModalOrigin origin, Work work) {
        String user = payload.getUser().getId();
        String turn = "view:" + payload.getView().getId() + ":" + user;
        if (deliveries.first(turn)) {
            slowWork.execute(() -> {
                try {
                    work.run(user, turn);
                } catch (RuntimeException e) {
                    log.warn("submission {} failed", turn, e);
                    outcomes.tell(origin, user, "That did not go through: " + e.getMessage() + ". Nothing changed; try "
                            + "again in a minute, and tell your AR manager if it keeps failing (reference " + turn + ").");
                }
            });
        }
    }
}
