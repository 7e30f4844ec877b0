package org.arbot.core.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;

/**
 * Executes approved proposals from the outbox against the ledger. Each attempt runs in one transaction that holds the
 * outbox row: if the process dies between the ledger call and the commit, the row and the approval survive, and the
 * next attempt finds the record by its idempotency key instead of writing it again.
 */
public final class ExecutingProposals {

    private final Transactions transactions;
    private final Proposals proposals;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final LedgerExecutor executor;
    private final People people;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryDelay;

    public ExecutingProposals(Transactions transactions, Proposals proposals, Outbox outbox, AuditTrail audit,
            LedgerExecutor executor, People people, Clock clock, int maxAttempts, Duration retryDelay) {
        this.transactions = transactions;
        this.proposals = proposals;
        this.outbox = outbox;
        this.audit = audit;
        this.executor = executor;
        this.people = people;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryDelay = retryDelay;
    }

    /** Executes the oldest due outbox row no one else holds; empty when there is none. */
    public Optional<ExecutionResult> executeNext() {
        return transactions.inTransaction(() -> outbox.claimNext(clock.instant()).flatMap(this::attempt));
    }

    /** Executes this proposal now if it is due in the outbox and no one else is executing it. */
    public Optional<ExecutionResult> execute(ProposalId id) {
        return transactions.inTransaction(() -> outbox.claim(id, clock.instant()).flatMap(this::attempt));
    }

    /** Executes every due row; returns how many attempts were made. */
    public int drain() {
        int attempts = 0;
        while (executeNext().isPresent()) {
            attempts++;
        }
        return attempts;
    }

    private Optional<ExecutionResult> attempt(ProposalId id) {
        Optional<Proposal> found = proposals.lock(id).filter(p -> p.state().canMoveTo(ProposalState.EXECUTING));
        if (found.isEmpty()) {
            outbox.remove(id);
            return Optional.empty();
        }
        Proposal executing = found.get().executing();
        String actingAs = executing.decidedBy().flatMap(people::byId)
                .map(p -> p.intacctUser().orElse(p.id().value())).orElse("arbot");
        Instant now = clock.instant();
        try {
            LedgerExecutor.LedgerResult result = executor.execute(executing.action());
            Proposal done = executing.executed(result.reference());
            proposals.update(done);
            outbox.remove(id);
            record(done, actingAs, now, result.wrote() ? "written" : "already present", result.reference());
            return Optional.of(new ExecutionResult.ProposalExecuted(done, result.reference(), result.wrote()));
        } catch (LedgerException e) {
            return failed(executing, actingAs, now, e.code() + ": " + e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            // Unexpected, so possibly after the ledger wrote: retry, and let the existence check tell.
            return failed(executing, actingAs, now, "unexpected: " + e, true);
        }
    }

    private Optional<ExecutionResult> failed(Proposal executing, String actingAs, Instant now, String error,
            boolean retryable) {
        boolean retry = retryable && executing.attempts() < maxAttempts;
        Proposal failed = executing.failed(error, retry);
        proposals.update(failed);
        if (retry) {
            outbox.retryAt(executing.id(), now.plus(retryDelay.multipliedBy(executing.attempts())));
        } else {
            outbox.remove(executing.id());
        }
        record(failed, actingAs, now, retry ? "failed, will retry" : "failed", error);
        return Optional.of(new ExecutionResult.ExecutionFailed(failed, error, retry));
    }

    private void record(Proposal proposal, String actingAs, Instant at, String outcome, String detail) {
        audit.append(new AuditRecord(at, AuditKind.LEDGER_CALL, actingAs, Channel.SYSTEM, Optional.of(proposal.id()),
                Map.of("operation", proposal.action().operation(),
                        "request-id", proposal.idempotencyKey(),
                        "attempt", Integer.toString(proposal.attempts()),
                        "outcome", outcome,
                        "result", detail,
                        "state", proposal.state().name())));
    }
}
