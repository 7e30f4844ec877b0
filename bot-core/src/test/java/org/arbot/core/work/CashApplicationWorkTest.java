package org.arbot.core.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.deductions.SentenceEmbeddings;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.Workflow;
import org.junit.jupiter.api.Test;

class CashApplicationWorkTest {

    private final WorkRig rig = new WorkRig(AutomationMode.ASSIST);
    private final FindingWork finding;

    CashApplicationWorkTest() {
        CustomerId acme = CustomerId.of("CUST-1001");
        rig.ledger.add(new Invoice(InvoiceId.of("INV-2001"), "INV-2001", acme, LocalDate.parse("2026-10-01"),
                        LocalDate.parse("2026-10-31"), GovernanceFixtures.usd("1200.00"), GovernanceFixtures.usd("1200.00"),
                        Optional.empty(), InvoiceState.POSTED, Optional.empty()))
                .add(new BankLine(BankLineId.of("BL-7"), LocalDate.parse("2026-11-25"), GovernanceFixtures.usd("1200.00"),
                        "ACME CORP", "INV-2001", "", Optional.of(acme)));
        finding = new FindingWork(rig.ledger, new CheckingCredit(rig.ledger, rig.clock, CreditPolicy.defaults()),
                rig.proposing, rig.sources, rig.cards,
                List.of(new CashApplicationWork(rig.ledger, SentenceEmbeddings.none(), rig.clock)));
    }

    @Test
    void an_unapplied_bank_line_becomes_one_payment_card_for_the_cash_application_queue() {
        List<FoundWork> found = finding.find();

        assertThat(found).filteredOn(w -> w.source().equals("payment:BL-7")).singleElement().satisfies(work -> {
            assertThat(work.audience()).isEqualTo(Assignee.queueOf(Workflow.CASH_APPLICATION));
            assertThat(work.card().fallbackText()).contains("Payment BL-7 from ACME Corp");
        });
        assertThat(finding.find()).isEmpty();
        assertThat(rig.ledger.writes()).isZero();
    }

    /** Under the 1,000.00 auto-apply limit of the fixtures' policies. */
    @Test
    void an_auto_approved_payment_is_posted_before_its_card_is_drawn_so_the_card_shows_intaccts_result() {
        WorkRig auto = new WorkRig(AutomationMode.AUTO);
        CustomerId acme = CustomerId.of("CUST-1001");
        auto.ledger.add(new Invoice(InvoiceId.of("INV-2001"), "INV-2001", acme, LocalDate.parse("2026-10-01"),
                        LocalDate.parse("2026-10-31"), GovernanceFixtures.usd("800.00"), GovernanceFixtures.usd("800.00"),
                        Optional.empty(), InvoiceState.POSTED, Optional.empty()))
                .add(new BankLine(BankLineId.of("BL-7"), LocalDate.parse("2026-11-25"), GovernanceFixtures.usd("800.00"),
                        "ACME CORP", "INV-2001", "", Optional.of(acme)));
        FindingWork settlingFirst = new FindingWork(auto.ledger, new CheckingCredit(auto.ledger, auto.clock, CreditPolicy.defaults()),
                auto.proposing, auto.sources, auto.cards, List.of(new CashApplicationWork(auto.ledger, SentenceEmbeddings.none(), auto.clock)),
                waiting -> {
                    auto.executing.executeDuePayments();
                    return waiting.stream().map(auto.store::byId).toList();
                });

        List<FoundWork> found = settlingFirst.find();

        assertThat(found).filteredOn(w -> w.source().equals("payment:BL-7")).singleElement()
                .satisfies(work -> assertThat(work.card().fallbackText()).contains("Applied automatically")
                        .doesNotContain("being posted"));
        assertThat(auto.ledger.writes()).isEqualTo(1);
    }
}
