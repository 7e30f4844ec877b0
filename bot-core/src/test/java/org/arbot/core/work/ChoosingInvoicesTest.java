package org.arbot.core.work;

import static org.arbot.core.governance.GovernanceFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.PaymentPosting;
import org.junit.jupiter.api.Test;

class ChoosingInvoicesTest {

    static final CustomerId ACME = CustomerId.of("CUST-1001");

    final WorkRig rig = new WorkRig(AutomationMode.ASSIST);
    final ChoosingInvoices choosing = new ChoosingInvoices(rig.ledger, rig.store, rig.people, rig.proposing, rig.deciding);

    ChoosingInvoicesTest() {
        rig.ledger.add(invoice("INV-2001", "2026-10-31", "300.00")).add(invoice("INV-2002", "2026-11-15", "500.00"))
                .add(invoice("INV-2003", "2026-11-30", "900.00"));
    }

    @Test
    void the_payment_pays_the_chosen_invoices_oldest_due_first_and_leaves_the_rest_on_account() {
        Proposal unmatched = propose("650.00");

        DecisionResult result = choosing.choose(unmatched.id(), List.of(InvoiceId.of("INV-2002"), InvoiceId.of("INV-2001")),
                GovernanceFixtures.CARLA_SLACK, "view:V1");

        assertThat(result).isInstanceOf(DecisionResult.ProposalExecuted.class);
        Proposal chosen = ((DecisionResult.ProposalExecuted) result).proposal();
        assertThat(((ProposalAction.PostPayment) chosen.action()).posting().applications()).containsExactly(
                new PaymentApplication(InvoiceId.of("INV-2001"), usd("300.00")),
                new PaymentApplication(InvoiceId.of("INV-2002"), usd("350.00")));
        assertThat(rig.ledger.findPayment(chosen.idempotencyKey())).isPresent();
        assertThat(rig.store.byId(unmatched.id()).orElseThrow().state()).isEqualTo(ProposalState.DECLINED);
        assertThat(rig.ledger.writes()).isEqualTo(1);
    }

    @Test
    void a_second_submission_finds_the_proposal_decided_and_writes_nothing() {
        Proposal unmatched = propose("300.00");
        choosing.choose(unmatched.id(), List.of(InvoiceId.of("INV-2001")), GovernanceFixtures.CARLA_SLACK, "view:V1");

        DecisionResult again = choosing.choose(unmatched.id(), List.of(InvoiceId.of("INV-2003")),
                GovernanceFixtures.MARIA_SLACK, "view:V2");

        assertThat(again).isInstanceOf(DecisionResult.ProposalAlreadyDecided.class);
        assertThat(rig.ledger.writes()).isEqualTo(1);
    }

    @Test
    void choosing_nothing_or_an_invoice_that_is_not_open_is_a_problem_for_the_form() {
        Proposal unmatched = propose("300.00");

        assertThat(choosing.problem(unmatched.id(), List.of())).contains("Choose at least one invoice.");
        assertThat(choosing.problem(unmatched.id(), List.of(InvoiceId.of("INV-9999"))))
                .contains("INV-9999 is not open for this customer any more; choose from the list again.");
        assertThat(choosing.problem(unmatched.id(), List.of(InvoiceId.of("INV-2003")))).isEmpty();
    }

    @Test
    void a_viewer_is_refused_and_the_proposal_stays_open() {
        Proposal unmatched = propose("300.00");

        DecisionResult refused = choosing.choose(unmatched.id(), List.of(InvoiceId.of("INV-2001")),
                GovernanceFixtures.VICTOR_SLACK, "view:V1");

        assertThat(refused).isInstanceOf(DecisionResult.DecisionRefused.class);
        assertThat(rig.store.byId(unmatched.id()).orElseThrow().state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
        assertThat(rig.ledger.writes()).isZero();
    }

    @Test
    void candidates_are_searched_by_invoice_number_or_open_amount() {
        Proposal unmatched = propose("300.00");

        assertThat(choosing.candidates(unmatched.id(), "")).extracting(Invoice::number)
                .containsExactly("INV-2001", "INV-2002", "INV-2003");
        assertThat(choosing.candidates(unmatched.id(), "inv-2002")).extracting(Invoice::number).containsExactly("INV-2002");
        assertThat(choosing.candidates(unmatched.id(), "900")).extracting(Invoice::number).containsExactly("INV-2003");
    }

    private Proposal propose(String amount) {
        PaymentPosting posting = new PaymentPosting("set-by-governance", ACME, LocalDate.parse("2026-11-26"), usd(amount),
                List.of(), Optional.of(BankLineId.of("BL-9")), "no reference");
        return ((ProposalOutcome.AwaitingApproval) rig.proposing.propose(new ProposeCommand(Workflow.CASH_APPLICATION,
                new ProposalAction.PostPayment(posting), usd(amount), new BigDecimal("0.30"), new BigDecimal("0.50"),
                List.of("no invoice quoted"), Map.of(), "cash-application-agent", Optional.empty()))).proposal();
    }

    private static Invoice invoice(String id, String due, String balance) {
        return new Invoice(InvoiceId.of(id), id, ACME, LocalDate.parse(due).minusDays(30), LocalDate.parse(due), usd(balance),
                usd(balance), Optional.empty(), InvoiceState.POSTED, Optional.empty());
    }
}
