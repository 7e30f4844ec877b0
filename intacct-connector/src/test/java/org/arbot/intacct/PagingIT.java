package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client follows {@code ia::meta.next} to the last page, so a small page size still returns every row once. */
class PagingIT {

    private static final Clock CLOCK = DemoSandbox.CLOCK;

    @RegisterExtension
    static final DemoSandbox demo = new DemoSandbox();

    @Test
    void a_page_size_smaller_than_the_total_still_returns_every_open_invoice_once() {
        long expected = demo.sandbox().company().records("accounts-receivable/invoice").stream()
                .filter(i -> Set.of("posted", "partiallyPaid").contains(i.path("state").asText()))
                .filter(i -> new java.math.BigDecimal(i.path("totalTxnAmountDue").asText()).signum() > 0)
                .count();
        IntacctLedger ledger = IntacctLedger.connect(settings(), CLOCK, 37);
        var invoices = ledger.openInvoices();
        assertThat(invoices).hasSize((int) expected);
        assertThat(invoices.stream().map(i -> i.id()).distinct().count()).isEqualTo(expected);
        assertThat(expected).isGreaterThan(37 * 3);
    }

    @Test
    void customers_come_back_complete_through_pages_of_seven() {
        IntacctLedger ledger = IntacctLedger.connect(settings(), CLOCK, 7);
        assertThat(ledger.customers()).hasSize(demo.sandbox().company().records("accounts-receivable/customer").size());
    }

    private static IntacctSettings settings() {
        return demo.settings();
    }
}
