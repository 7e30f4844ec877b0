package org.arbot.app.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.app.governance.GovernanceProperties;
import org.arbot.app.governance.ScratchGovernance;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;

/**
 * The app's own posting path for a cash-application run: every payment proposed through governance with cash
 * application in {@code AUTO} (so each is approved and queued in the outbox), then the outbox drained as its worker
 * drains it. Runs over a scratch database; answers how many proposals did not end {@code EXECUTED}.
 */
final class ApprovedPaymentsDrain {

    /** Cash application in AUTO for any amount, the worker's defaults otherwise (batches of 100). */
    private static final GovernanceProperties AUTO_CASH_APPLICATION = new GovernanceProperties("USD", Duration.ofHours(24),
            new GovernanceProperties.Worker(false, Duration.ofSeconds(2), 5, Duration.ofSeconds(30)),
            Map.of("cash-application", new GovernanceProperties.WorkflowSettings(AutomationMode.AUTO,
                    new BigDecimal("1000000000"), BigDecimal.ZERO, BigDecimal.ONE)),
            List.of());

    private final Ledger ledger;
    private final Clock clock;

    ApprovedPaymentsDrain(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Proposes (and so approves) every posting, then drains the outbox; answers how many were not posted. */
    int run(List<PaymentPosting> postings) {
        try (ScratchGovernance governance = ScratchGovernance.start(ledger, clock, AUTO_CASH_APPLICATION)) {
            List<ProposalId> approved = postings.stream().map(posting -> governance.proposing().propose(command(posting)))
                    .map(outcome -> ((ProposalOutcome.AutoApproved) outcome).proposal().id()).toList();
            governance.executing().drain();
            return (int) approved.stream().map(id -> governance.proposals().byId(id).orElseThrow().state())
                    .filter(state -> state != ProposalState.EXECUTED).count();
        }
    }

    private static ProposeCommand command(PaymentPosting posting) {
        return new ProposeCommand(Workflow.CASH_APPLICATION, new ProposalAction.PostPayment(posting), posting.amount(),
                BigDecimal.ONE, BigDecimal.ZERO, List.of("bench payment " + posting.idempotencyKey()),
                Map.of("bench", posting.idempotencyKey()), "bench", Optional.empty());
    }
}
