package org.arbot.core.governance;

import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.governance.ProposalAction.DeclineOrder;
import org.arbot.core.governance.ProposalAction.PostAdjustment;
import org.arbot.core.governance.ProposalAction.PostPayment;
import org.arbot.core.governance.ProposalAction.ReleaseOrder;
import org.arbot.core.governance.ProposalAction.SendReminder;
import org.arbot.core.governance.ProposalAction.UpdateCredit;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;

/**
 * Turns a proposal's action into ledger calls, asking first whether the ledger already holds the record with the
 * proposal's idempotency key (an earlier attempt may have written it and died before recording so).
 */
public final class LedgerExecutor {

    /** What the ledger answered: the record it points at, and whether this call wrote it. */
    public record LedgerResult(String reference, boolean wrote) {
    }

    private final Ledger ledger;

    public LedgerExecutor(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @throws LedgerException when the ledger refuses or cannot be reached */
    public LedgerResult execute(ProposalAction action) {
        if (action instanceof PostPayment payment) {
            // A batch of one: the ledger looks the key up and posts only if it is missing, in as few calls as it can.
            return payment(postPayments(List.of(payment.posting())).get(0));
        }
        if (action instanceof PostAdjustment adjustment) {
            String key = adjustment.posting().idempotencyKey();
            return ledger.findAdjustment(key).map(a -> new LedgerResult("adjustment " + a.id().value(), false))
                    .orElseGet(() -> new LedgerResult("adjustment " + ledger.postAdjustment(adjustment.posting()).id().value(), true));
        }
        if (action instanceof ReleaseOrder release) {
            return alreadyDecided(ledger.salesOrder(release.orderId()))
                    .orElseGet(() -> new LedgerResult("order " + ledger.releaseOrder(release.orderId(), release.reason()).id()
                            + " released", true));
        }
        if (action instanceof DeclineOrder decline) {
            return alreadyDecided(ledger.salesOrder(decline.orderId()))
                    .orElseGet(() -> new LedgerResult("order " + ledger.declineOrder(decline.orderId(), decline.reason()).id()
                            + " kept on hold", true));
        }
        if (action instanceof UpdateCredit credit) {
            // Setting a limit, terms or hold flag is idempotent: a repeat leaves the customer as the first call did.
            return new LedgerResult("customer " + ledger.updateCredit(credit.update()).id() + " credit updated", true);
        }
        SendReminder reminder = (SendReminder) action;
        return new LedgerResult("reminder to " + reminder.customerId() + " handed to the collections channel", false);
    }

    /**
     * Posts the payments together: one result per posting, in order, each key written at most once (the ledger looks
     * the keys up first). A refusal fails only its own posting.
     *
     * @throws LedgerException when the ledger could not be asked at all
     */
    public List<PostResult> postPayments(List<PaymentPosting> postings) {
        List<PostResult> results = ledger.postPayments(postings);
        for (int i = 0; i < Math.max(results.size(), postings.size()); i++) {
            if (i >= results.size() || i >= postings.size()
                    || !results.get(i).idempotencyKey().equals(postings.get(i).idempotencyKey())) {
                throw new IllegalStateException("the ledger's " + results.size() + " results do not match the "
                        + postings.size() + " payments posted, key for key");
            }
        }
        return results;
    }

    /**
     * One payment's result as a proposal records it.
     *
     * @throws LedgerException the ledger's refusal
     */
    public static LedgerResult payment(PostResult result) {
        if (result instanceof PostResult.Refused refused) {
            throw refused.error();
        }
        PostResult.Posted posted = (PostResult.Posted) result;
        return new LedgerResult("payment " + posted.payment().id().value(), posted.wrote());
    }

    /** An order whose credit decision is already made is left alone: the existence check for order decisions. */
    private static Optional<LedgerResult> alreadyDecided(Optional<SalesOrder> order) {
        return order.filter(o -> !o.awaitsCreditDecision())
                .map(o -> new LedgerResult("order " + o.id() + " already " + o.approval().name().toLowerCase(java.util.Locale.ROOT), false));
    }
}
