package org.arbot.slack;

import java.util.concurrent.Executor;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.work.HomeOverview;

/**
 * The App Home tab: each time a person opens it, their overview (queue, today's priority list, last actions) is
 * published as their home view, after the ack. A redelivered event is handled once.
 */
final class HomeTab {

    private final HomeOverview overview;
    private final SlackMessages messages;
    private final Deliveries deliveries;
    private final Executor slowWork;

    HomeTab(HomeOverview overview, SlackMessages messages, Deliveries deliveries, Executor slowWork) {
        this.overview = overview;
        this.messages = messages;
        this.deliveries = deliveries;
        this.slowWork = slowWork;
    }

    void opened(String eventId, String user, String tab) {
        if (user == null || !"home".equals(tab) || !deliveries.first("event:" + eventId)) {
            return;
        }
        slowWork.execute(() -> messages.publishHome(user,
                ModalViews.home(messages.blocks(overview.of(ChatIdentity.slack(user))))));
    }
}
