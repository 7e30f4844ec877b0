package org.arbot.intacct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;

/** Payment postings over the demo company's open invoices, for the tests that post in batches. */
final class PaymentPostings {

    private PaymentPostings() {
    }

    /** One payment per open invoice, each paying a tenth of what is due. */
    static List<PaymentPosting> postings(Ledger ledger, String prefix, int count) {
        List<Invoice> open = ledger.openInvoices().stream()
                .filter(invoice -> invoice.balance().amount().compareTo(new BigDecimal("100.00")) > 0).toList();
        List<PaymentPosting> postings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Invoice invoice = open.get(i);
            Money amount = Money.of(invoice.balance().amount().movePointLeft(1).setScale(2, RoundingMode.DOWN),
                    invoice.balance().currency());
            postings.add(new PaymentPosting(prefix + "-" + i, invoice.customerId(), LocalDate.of(2026, 11, 26), amount,
                    List.of(new PaymentApplication(invoice.id(), amount)), Optional.empty(), "remittance " + invoice.number()));
        }
        return postings;
    }
}
