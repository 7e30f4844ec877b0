package org.arbot.app.work;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.work.WorkSources;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Work sources in table {@code work_source}: its primary key makes a claim win once across replicas. */
final class JdbcWorkSources implements WorkSources {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcWorkSources(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean claim(String source) {
        try {
            return jdbc.update("INSERT INTO work_source (source, claimed_at) VALUES (?, ?)", source,
                    Timestamp.from(clock.instant())) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void release(String source) {
        jdbc.update("DELETE FROM work_source WHERE source = ? AND proposal_id IS NULL", source);
    }

    @Override
    public void record(String source, ProposalId proposal) {
        jdbc.update("UPDATE work_source SET proposal_id = ? WHERE source = ?", proposal.value(), source);
    }

    @Override
    public Optional<ProposalId> proposalFor(String source) {
        return jdbc.queryForList("SELECT proposal_id FROM work_source WHERE source = ? AND proposal_id IS NOT NULL",
                String.class, source).stream().findFirst().map(ProposalId::of);
    }
}
