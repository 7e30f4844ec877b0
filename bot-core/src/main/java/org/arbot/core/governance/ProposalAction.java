package org.arbot.core.governance;

import java.util.Objects;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.PaymentPosting;

/** What a proposal does to the ledger once approved; {@link LedgerExecutor} turns it into {@code Ledger} calls. */
public sealed interface ProposalAction {

    /** The same action carrying the proposal's idempotency key wherever the ledger stores one. */
    default ProposalAction withIdempotencyKey(String key) {
        return this;
    }

    /** A short name for audits and cards, e.g. {@code post-payment}. */
    String operation();

    record PostPayment(PaymentPosting posting) implements ProposalAction {
        public static final String OPERATION = "post-payment";

        public PostPayment {
            Objects.requireNonNull(posting, "posting");
        }

        @Override
        public ProposalAction withIdempotencyKey(String key) {
            return new PostPayment(new PaymentPosting(key, posting.customerId(), posting.receivedDate(), posting.amount(),
                    posting.applications(), posting.bankLine(), posting.memo()));
        }

        @Override
        public String operation() {
            return OPERATION;
        }
    }

    record PostAdjustment(AdjustmentPosting posting) implements ProposalAction {
        public PostAdjustment {
            Objects.requireNonNull(posting, "posting");
        }

        @Override
        public ProposalAction withIdempotencyKey(String key) {
            return new PostAdjustment(new AdjustmentPosting(key, posting.customerId(), posting.invoiceId(), posting.date(),
                    posting.amount(), posting.kind(), posting.reason()));
        }

        @Override
        public String operation() {
            return "post-adjustment";
        }
    }

    record ReleaseOrder(SalesOrderId orderId, String reason) implements ProposalAction {
        public ReleaseOrder {
            Objects.requireNonNull(orderId, "orderId");
            reason = reason == null ? "" : reason;
        }

        @Override
        public String operation() {
            return "release-order";
        }
    }

    record DeclineOrder(SalesOrderId orderId, String reason) implements ProposalAction {
        public DeclineOrder {
            Objects.requireNonNull(orderId, "orderId");
            reason = reason == null ? "" : reason;
        }

        @Override
        public String operation() {
            return "decline-order";
        }
    }

    record UpdateCredit(CreditUpdate update) implements ProposalAction {
        public UpdateCredit {
            Objects.requireNonNull(update, "update");
        }

        @Override
        public String operation() {
            return "update-credit";
        }
    }

    /** A reminder to a customer; sent by the collections channel, no ledger write. */
    record SendReminder(CustomerId customerId, String text) implements ProposalAction {
        public SendReminder {
            Objects.requireNonNull(customerId, "customerId");
            text = text == null ? "" : text;
        }

        @Override
        public String operation() {
            return "send-reminder";
        }
    }
}
