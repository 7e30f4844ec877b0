package org.arbot.app.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class ProposalActionJsonTest {

    private final ProposalActionJson json = new ProposalActionJson();
    private static final CustomerId ACME = CustomerId.of("CUST-1001");

    @Test
    void every_kind_of_action_reads_back_as_it_was_written() {
        List<ProposalAction> actions = List.of(
                new ProposalAction.PostPayment(new PaymentPosting("arbot-p1", ACME, LocalDate.parse("2026-11-26"),
                        Money.of("1500.00", "USD"), List.of(new PaymentApplication(InvoiceId.of("INV-1"), Money.of("1200.00", "USD"))),
                        Optional.of(BankLineId.of("BL-9")), "lockbox")),
                new ProposalAction.PostAdjustment(new AdjustmentPosting("arbot-p2", ACME, Optional.of(InvoiceId.of("INV-2")),
                        LocalDate.parse("2026-11-26"), Money.of("35.00", "USD"), AdjustmentKind.WRITE_OFF, "freight")),
                new ProposalAction.ReleaseOrder(SalesOrderId.of("SO-0042"), "exposure within limit"),
                new ProposalAction.DeclineOrder(SalesOrderId.of("SO-0043"), "90 days past due"),
                new ProposalAction.UpdateCredit(new CreditUpdate(ACME, Optional.of(Money.of("75000.00", "USD")),
                        Optional.empty(), Optional.of(false), "paid on time for a year")),
                new ProposalAction.SendReminder(ACME, "Dear ACME, invoice INV-1 is 15 days overdue."));

        for (ProposalAction action : actions) {
            String pattern = ProposalActionJson.likeOperation(action.operation());
            assertThat(json.write(action)).as("stored %s is found by its operation", action.operation())
                    .startsWith(pattern.substring(0, pattern.length() - 1));
            assertThat(json.read(json.write(action))).isEqualTo(action);
        }
        assertThat(json.write(actions.get(2))).contains("\"type\":\"release-order\"");
    }

    @Test
    void reasons_read_back_in_order() {
        assertThat(json.readReasons(json.writeReasons(List.of("b \"quoted\"", "a")))).containsExactly("b \"quoted\"", "a");
    }
}
