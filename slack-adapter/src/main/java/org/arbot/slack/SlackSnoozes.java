package org.arbot.slack;

import com.slack.api.bolt.App;
import java.util.concurrent.Executor;
import org.arbot.cards.LocalFormat;
import org.arbot.core.work.Snoozing;

/** Adds the "Snooze" buttons (priority lists, forecast alerts) to a Bolt app; the handler acks before any slow work. */
public final class SlackSnoozes {

    private SlackSnoozes() {
    }

    public static App register(App app, SlackMessages messages, Snoozing snoozing, LocalFormat format,
            Deliveries deliveries, Executor slowWork) {
        app.blockAction("snooze", new SnoozeClicks(snoozing, messages, format, deliveries, slowWork));
        return app;
    }
}
