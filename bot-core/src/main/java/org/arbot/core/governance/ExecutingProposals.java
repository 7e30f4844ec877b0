package org.arbot.core.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.governance.ProposalAction.PostPayment;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.PostResult;

/**
 * Executes approved proposals from the outbox against the ledger. Each attempt runs in one transaction that holds the
 * outbox row: if the process dies between the ledger call and the commit, the row and the approval survive, and the
 * next attempt finds the record by its idempotency key instead of writing it again.
 *
 * <p>Payments are posted in batches: {@link #drain()} claims up to {@code batchSize} due payment proposals at a time and
 * posts them with one {@link org.arbot.core.ledger.Ledger#postPayments} call, in one transaction. Each proposal still
 * succeeds or fails on its own and is audited on its own.
 */
public final class ExecutingProposals {

    /** Payment proposals posted together by one batch, unless the constructor says otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    private final Transactions transactions;
    private final Proposals proposals;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final LedgerExecutor executor;
    private final People people;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final int batchSize;

    public ExecutingProposals(Transactions transactions, Proposals proposals, Outbox outbox, AuditTrail audit,
            LedgerExecutor executor, People people, Clock clock, int maxAttempts, Duration retryDelay) {
        this(transactions, proposals, outbox, audit, executor, people, clock, maxAttempts, retryDelay, DEFAULT_BATCH_SIZE);
    }

    public ExecutingProposals(Transactions transactions, Proposals proposals, Outbox outbox, AuditTrail audit,
            LedgerExecutor executor, People people, Clock clock, int maxAttempts, Duration retryDelay, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.transactions = transactions;
        this.proposals = proposals;
        this.outbox = outbox;
        this.audit = audit;
        this.executor = executor;
        this.people = people;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryDelay = retryDelay;
        this.batchSize = batchSize;
    }

    /**
     * Whether approving this action leaves it to {@link #drain()} instead of executing it at once: payments, so that
     * many approved together are posted in few ledger calls.
     */
    public static boolean postsInBatches(ProposalAction action) {
        return action instanceof PostPayment;
    }

    /** Executes the oldest due outbox row no one else holds; empty when there is none. */
    public Optional<ExecutionResult> executeNext() {
        return transactions.inTransaction(() -> outbox.claimNext(clock.instant()).flatMap(this::attempt));
    }

    /** Executes this proposal now if it is due in the outbox and no one else is executing it. */
    public Optional<ExecutionResult> execute(ProposalId id) {
        return transactions.inTransaction(() -> outbox.claim(id, clock.instant()).flatMap(this::attempt));
    }

    /**
     * Posts up to {@code batchSize} due payment proposals no one else holds, together; one result per proposal
     * executed, empty when none was due.
     */
    public List<ExecutionResult> executeDuePayments() {
        return transactions.inTransaction(() -> {
            List<Proposal> payments = new ArrayList<>();
            List<ExecutionResult> results = new ArrayList<>();
            for (ProposalId id : outbox.claimDue(PostPayment.OPERATION, clock.instant(), batchSize)) {
                lockExecutable(id).ifPresent(proposal -> {
                    if (proposal.action() instanceof PostPayment) {
                        payments.add(proposal.executing());
                    } else {
                        attempt(id).ifPresent(results::add);
                    }
                });
            }
            if (!payments.isEmpty()) {
                results.addAll(post(payments));
            }
            return results;
        });
    }

    /** Executes every due row, payments in batches first; returns how many attempts were made. */
    public int drain() {
        int attempts = 0;
        for (List<ExecutionResult> batch = executeDuePayments(); !batch.isEmpty(); batch = executeDuePayments()) {
            attempts += batch.size();
        }
        while (executeNext().isPresent()) {
            attempts++;
        }
        return attempts;
    }

    private List<ExecutionResult> post(List<Proposal> executing) {
        Instant now = clock.instant();
        List<PostResult> posted;
        try {
            posted = executor.postPayments(executing.stream().map(p -> ((PostPayment) p.action()).posting()).toList());
        } catch (LedgerException e) {
            return executing.stream().map(p -> failed(p, now, e.code() + ": " + e.getMessage(), e.retryable())).toList();
        } catch (RuntimeException e) {
            return executing.stream().map(p -> failed(p, now, "unexpected: " + e, true)).toList();
        }
        List<ExecutionResult> results = new ArrayList<>();
        for (int i = 0; i < executing.size(); i++) {
            Proposal proposal = executing.get(i);
            try {
                results.add(executed(proposal, now, LedgerExecutor.payment(posted.get(i))));
            } catch (LedgerException e) {
                results.add(failed(proposal, now, e.code() + ": " + e.getMessage(), e.retryable()));
            }
        }
        return results;
    }

    /** The proposal, locked, if it may still be executed; a row left for one that may not is removed. */
    private Optional<Proposal> lockExecutable(ProposalId id) {
        Optional<Proposal> found = proposals.lock(id).filter(p -> p.state().canMoveTo(ProposalState.EXECUTING));
        if (found.isEmpty()) {
            outbox.remove(id);
        }
        return found;
    }

    private Optional<ExecutionResult> attempt(ProposalId id) {
        Optional<Proposal> found = lockExecutable(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Proposal executing = found.get().executing();
        Instant now = clock.instant();
        try {
            return Optional.of(executed(executing, now, executor.execute(executing.action())));
        } catch (LedgerException e) {
            return Optional.of(failed(executing, now, e.code() + ": " + e.getMessage(), e.retryable()));
        } catch (RuntimeException e) {
            // Unexpected, so possibly after the ledger wrote: retry, and let the existence check tell.
            return Optional.of(failed(executing, now, "unexpected: " + e, true));
        }
    }

    private ExecutionResult executed(Proposal executing, Instant now, LedgerExecutor.LedgerResult result) {
        Proposal done = executing.executed(result.reference());
        proposals.update(done);
        outbox.remove(done.id());
        record(done, now, result.wrote() ? "written" : "already present", result.reference());
        return new ExecutionResult.ProposalExecuted(done, result.reference(), result.wrote());
    }

    private ExecutionResult failed(Proposal executing, Instant now, String error, boolean retryable) {
        boolean retry = retryable && executing.attempts() < maxAttempts;
        Proposal failed = executing.failed(error, retry);
        proposals.update(failed);
        if (retry) {
            outbox.retryAt(executing.id(), now.plus(retryDelay.multipliedBy(executing.attempts())));
        } else {
            outbox.remove(executing.id());
        }
        record(failed, now, retry ? "failed, will retry" : "failed", error);
        return new ExecutionResult.ExecutionFailed(failed, error, retry);
    }

    /** Ledger calls are audited as the Intacct user of the person who approved, else as arbot. */
    private String actingAs(Proposal proposal) {
        return proposal.decidedBy().flatMap(people::byId).map(p -> p.intacctUser().orElse(p.id().value())).orElse("arbot");
    }

    private void record(Proposal proposal, Instant at, String outcome, String detail) {
        audit.append(new AuditRecord(at, AuditKind.LEDGER_CALL, actingAs(proposal), Channel.SYSTEM, Optional.of(proposal.id()),
                Map.of("operation", proposal.action().operation(),
                        "request-id", proposal.idempotencyKey(),
                        "attempt", Integer.toString(proposal.attempts()),
                        "outcome", outcome,
                        "result", detail,
                        "state", proposal.state().name())));
    }
}
