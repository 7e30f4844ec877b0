package org.arbot.core.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Proposals, outbox, audit trail and policies held in memory, for tests of the governance use cases. One lock stands
 * for the database: transactions run one at a time and there is no rollback.
 */
public final class InMemoryGovernanceStore implements Transactions, Proposals, Outbox, AuditTrail, Policies {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    private final Map<ProposalId, Instant> outbox = new LinkedHashMap<>();
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Map<Workflow, WorkflowPolicy> policies = new LinkedHashMap<>();

    public InMemoryGovernanceStore(List<WorkflowPolicy> defaults) {
        defaults.forEach(p -> policies.put(p.workflow(), p));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void add(Proposal proposal) {
        proposals.put(proposal.id(), proposal);
    }

    @Override
    public Optional<Proposal> byId(ProposalId id) {
        return inTransaction(() -> Optional.ofNullable(proposals.get(id)));
    }

    @Override
    public Optional<Proposal> lock(ProposalId id) {
        return Optional.ofNullable(proposals.get(id));
    }

    @Override
    public void update(Proposal proposal) {
        proposals.put(proposal.id(), proposal);
    }

    @Override
    public List<Proposal> lockExpiring(Instant now, int limit) {
        return proposals.values().stream()
                .filter(p -> p.state() == ProposalState.AWAITING_APPROVAL || p.state() == ProposalState.REASSIGNED)
                .filter(p -> !p.expiresAt().isAfter(now)).limit(limit).toList();
    }

    @Override
    public List<Proposal> pendingFor(Assignee assignee) {
        return inTransaction(() -> proposals.values().stream()
                .filter(p -> p.state().pending() && p.assignee().equals(assignee))
                .sorted(Comparator.comparing(Proposal::createdAt)).toList());
    }

    @Override
    public void enqueue(ProposalId id, Instant notBefore) {
        outbox.put(id, notBefore);
    }

    @Override
    public Optional<ProposalId> claimNext(Instant now) {
        return outbox.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<ProposalId> claim(ProposalId id, Instant now) {
        return Optional.ofNullable(outbox.get(id)).filter(at -> !at.isAfter(now)).map(at -> id);
    }

    @Override
    public List<ProposalId> claimDue(String operation, Instant now, int limit) {
        return outbox.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .filter(e -> proposals.get(e.getKey()).action().operation().equals(operation))
                .map(Map.Entry::getKey).limit(limit).toList();
    }

    @Override
    public void retryAt(ProposalId id, Instant notBefore) {
        outbox.put(id, notBefore);
    }

    @Override
    public void remove(ProposalId id) {
        outbox.remove(id);
    }

    /** The outbox rows, due or not. */
    public int outboxSize() {
        return inTransaction(outbox::size);
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        String previous = entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
        AuditEntry entry = AuditEntry.chained(record, entries.size() + 1L, previous);
        entries.add(entry);
        return entry;
    }

    /** Overwrites a stored entry, as someone with direct database access could. */
    public void tamper(long sequence, AuditEntry replacement) {
        entries.set((int) sequence - 1, replacement);
    }

    @Override
    public List<AuditEntry> after(long sequence, int limit) {
        return inTransaction(() -> entries.stream().filter(e -> e.sequence() > sequence).limit(limit).toList());
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to) {
        return inTransaction(() -> entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList());
    }

    @Override
    public WorkflowPolicy policy(Workflow workflow) {
        return inTransaction(() -> policies.get(workflow));
    }

    @Override
    public void save(WorkflowPolicy policy) {
        policies.put(policy.workflow(), policy);
    }
}
