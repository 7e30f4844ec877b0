package org.arbot.core.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * A reminder ready for the collector to read, edit in chat and send: its stage, the overdue invoices it lists and its text.
 *
 * @param edited whether a person changed the drafted text
 */
public record ReminderDraft(
        CustomerId customerId,
        ReminderStage stage,
        List<OverdueLine> invoices,
        Money totalOverdue,
        String subject,
        String body,
        LocalDate asOf,
        boolean edited) {

    /** One overdue invoice as the reminder lists it. */
    public record OverdueLine(String invoiceNumber, LocalDate dueDate, long daysPastDue, Money balance) {
    }

    public ReminderDraft {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(stage, "stage");
        invoices = List.copyOf(invoices);
        Objects.requireNonNull(totalOverdue, "totalOverdue");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The draft with the collector's own subject and text; the listed invoices stay as drafted. */
    public ReminderDraft editedTo(String newSubject, String newBody) {
        if (newSubject == null || newSubject.isBlank() || newBody == null || newBody.isBlank()) {
            throw new IllegalArgumentException("an edited reminder needs a subject and a text");
        }
        return new ReminderDraft(customerId, stage, invoices, totalOverdue, newSubject.strip(), newBody.strip(), asOf, true);
    }
}
