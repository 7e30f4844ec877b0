package org.arbot.core.ledger.events;

import java.time.Instant;
import java.util.Objects;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;

/**
 * Something that happened in the ledger which the bot reacts to, whether Intacct pushed it (a webhook) or the bot
 * fetched it (the event queue). {@link #eventId()} is the sender's idempotency key: the same event arrives with the
 * same id however often it is delivered.
 */
public sealed interface LedgerEvent {

    String eventId();

    CustomerId customerId();

    Instant occurredAt();

    /** A sales order was entered; it may wait for a credit decision. */
    record SalesOrderCreated(String eventId, SalesOrderId orderId, CustomerId customerId, Instant occurredAt)
            implements LedgerEvent {
        public SalesOrderCreated {
            Checks.require(eventId, orderId, customerId, occurredAt);
        }
    }

    /** A sales order's amount, lines or state changed. */
    record SalesOrderChanged(String eventId, SalesOrderId orderId, CustomerId customerId, Instant occurredAt)
            implements LedgerEvent {
        public SalesOrderChanged {
            Checks.require(eventId, orderId, customerId, occurredAt);
        }
    }

    /** A customer payment was recorded, by the record key Intacct gave it. */
    record PaymentReceived(String eventId, String paymentKey, CustomerId customerId, Instant occurredAt)
            implements LedgerEvent {
        public PaymentReceived {
            Checks.require(eventId, paymentKey, customerId, occurredAt);
        }
    }

    /** An invoice was created, by the record key Intacct gave it. */
    record InvoiceCreated(String eventId, String invoiceKey, CustomerId customerId, Instant occurredAt)
            implements LedgerEvent {
        public InvoiceCreated {
            Checks.require(eventId, invoiceKey, customerId, occurredAt);
        }
    }

    /** The one precondition every event shares: nothing missing, and an event id to deduplicate by. */
    final class Checks {
        private Checks() {
        }

        static void require(String eventId, Object subject, CustomerId customerId, Instant occurredAt) {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (eventId.isBlank()) {
                throw new IllegalArgumentException("a ledger event needs an event id");
            }
        }
    }
}
