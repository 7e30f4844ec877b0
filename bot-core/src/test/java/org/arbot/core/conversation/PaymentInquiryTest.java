package org.arbot.core.conversation;

import static org.arbot.core.conversation.Fixtures.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class PaymentInquiryTest {

    final InMemoryLedger ledger = Fixtures.ledger();
    final ConversationEngine engine = Fixtures.engine(ledger, new MapConversations());

    @Test
    void a_payment_inquiry_gets_last_months_payments_with_their_invoices_and_a_draft_reply() {
        ledger.postPayment(new PaymentPosting("k1", CustomerId.of("C-HARBOR"), LocalDate.of(2026, 10, 20),
                Money.of("9600.00", "USD"), List.of(new PaymentApplication(InvoiceId.of("I-1"), Money.of("9600.00", "USD"))),
                Optional.empty(), ""));

        Reply reply = engine.handle(said("Ev1", "what did Harbor Foods pay last month and against which invoices?")).get(0);

        assertThat(reply.text()).contains("Harbor Foods paid $9,600.00 in 1 payments from 2026-10-01 to 2026-10-31",
                "2026-10-20: $9,600.00 applied to INV-0001001 $9,600.00", "Draft reply", "Hello Harbor Foods");
    }
}
