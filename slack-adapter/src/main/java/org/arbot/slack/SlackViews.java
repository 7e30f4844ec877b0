package org.arbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.concurrent.Executor;
import org.arbot.cards.LocalFormat;
import org.arbot.core.collections.LoggingPromiseToPay;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Proposals;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.work.ChoosingInvoices;
import org.arbot.core.work.HomeOverview;
import org.arbot.core.work.NamingPayers;
import org.arbot.core.work.ProposalCards;
import org.arbot.core.work.SendingReminders;

/**
 * Adds arbot's views to a Bolt app: the modals (reassign; choose invoices and name a suspense payment's customer, each
 * with its options load; edit and send a reminder; log a promise to pay), their submissions, and the App Home tab.
 * Every handler acks before any slow work.
 */
public final class SlackViews {

    /** What the views work with. */
    public record Parts(Proposals proposals, DecidingProposal deciding, ProposalCards cards, People people, Ledger ledger,
                        ChoosingInvoices choosing, NamingPayers payers, SendingReminders reminders,
                        LoggingPromiseToPay promises, HomeOverview home, LocalFormat format, Deliveries deliveries,
                        Executor slowWork) {
    }

    private SlackViews() {
    }

    private static OpeningButton opening(Parts parts, SlackMessages messages,
            java.util.function.Consumer<OpeningClick> open) {
        return new OpeningButton(parts.deliveries(), parts.slowWork(), messages, open);
    }

    public static App register(App app, SlackMessages messages, Parts parts) {
        Submissions submissions = new Submissions(parts.deliveries(), parts.slowWork(), messages);
        ReassignModal reassign = new ReassignModal(parts.proposals(), parts.deciding(), parts.cards(), parts.people(),
                messages, submissions);
        app.blockAction("reassign", opening(parts, messages, reassign::open));
        app.viewSubmission(ReassignModal.CALLBACK, reassign::submitted);
        InvoiceChoiceModal invoices = new InvoiceChoiceModal(parts.choosing(), parts.ledger(), parts.cards(), messages,
                parts.format(), submissions);
        app.blockAction("choose_invoices", opening(parts, messages, invoices::open));
        app.blockSuggestion(InvoiceChoiceModal.SELECT, invoices::suggest);
        app.viewSubmission(InvoiceChoiceModal.CALLBACK, invoices::submitted);
        PayerModal payer = new PayerModal(parts.payers(), messages, parts.format(), submissions);
        app.blockAction("name_customer", opening(parts, messages, payer::open));
        app.blockSuggestion(PayerModal.SELECT, payer::suggest);
        app.viewSubmission(PayerModal.CALLBACK, payer::submitted);
        ReminderModal reminder = new ReminderModal(parts.reminders(), parts.ledger(), messages, parts.format(), submissions);
        app.blockAction("send_reminder", opening(parts, messages, reminder::open));
        app.viewSubmission(ReminderModal.CALLBACK, reminder::submitted);
        PromiseModal promise = new PromiseModal(parts.promises(), parts.ledger(), parts.people(), messages, parts.format(),
                submissions);
        app.blockAction("log_promise", opening(parts, messages, promise::open));
        app.viewSubmission(PromiseModal.CALLBACK, promise::submitted);
        HomeTab home = new HomeTab(parts.home(), messages, parts.deliveries(), parts.slowWork());
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent e = payload.getEvent();
            home.opened(payload.getEventId(), e.getUser(), e.getTab());
            return context.ack();
        });
        return app;
    }
}
