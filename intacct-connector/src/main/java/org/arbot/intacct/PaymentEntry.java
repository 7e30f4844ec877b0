package org.arbot.intacct;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;

/**
 * A payment to post, as the write path needs it. The port's {@link PaymentPosting} is copied into this record at the
 * edge so that the request building and retry logic can be exercised without going through the port's value type.
 */
record PaymentEntry(
        String idempotencyKey,
        CustomerId customerId,
        LocalDate receivedDate,
        Money amount,
        List<PaymentApplication> applications,
        Optional<BankLineId> bankLine,
        String memo) {

    PaymentEntry {
        applications = List.copyOf(applications);
        memo = memo == null ? "" : memo;
        Money applied = applications.stream().map(PaymentApplication::amount).reduce(Money.zero(amount.currency()), Money::plus);
        if (applied.isGreaterThan(amount)) {
            throw new IllegalArgumentException("applications " + applied + " exceed the payment " + amount);
        }
    }

    static PaymentEntry of(PaymentPosting posting) {
        return new PaymentEntry(posting.idempotencyKey(), posting.customerId(), posting.receivedDate(), posting.amount(),
                posting.applications(), posting.bankLine(), posting.memo());
    }

    Money unapplied() {
        return amount.minus(applications.stream().map(PaymentApplication::amount).reduce(Money.zero(amount.currency()), Money::plus));
    }
}
