package org.arbot.core.work;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.arbot.core.governance.ProposalId;

/** Work sources held in memory, for tests. */
public final class InMemoryWorkSources implements WorkSources {

    private static final String CLAIMED = "";
    private final Map<String, String> sources = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String source) {
        return sources.putIfAbsent(source, CLAIMED) == null;
    }

    @Override
    public void release(String source) {
        sources.remove(source, CLAIMED);
    }

    @Override
    public void record(String source, ProposalId proposal) {
        sources.put(source, proposal.value());
    }

    @Override
    public Optional<ProposalId> proposalFor(String source) {
        return Optional.ofNullable(sources.get(source)).filter(id -> !id.isEmpty()).map(ProposalId::of);
    }
}
