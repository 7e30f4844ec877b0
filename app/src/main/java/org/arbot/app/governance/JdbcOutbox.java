package org.arbot.app.governance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.arbot.core.governance.Outbox;
import org.arbot.core.governance.ProposalId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox in table {@code gov_outbox}. Claims use {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both have it),
 * so replicas and threads never execute the same row at once and never wait on each other.
 */
final class JdbcOutbox implements Outbox {

    private final JdbcTemplate jdbc;

    JdbcOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(ProposalId id, Instant notBefore) {
        jdbc.update("INSERT INTO gov_outbox (proposal_id, not_before, enqueued_at) VALUES (?, ?, ?)", id.value(),
                JdbcProposals.time(notBefore), JdbcProposals.time(notBefore));
    }

    @Override
    public Optional<ProposalId> claimNext(Instant now) {
        return jdbc.queryForList("SELECT proposal_id FROM gov_outbox WHERE not_before <= ? "
                        + "ORDER BY not_before, proposal_id LIMIT 1 FOR UPDATE SKIP LOCKED", String.class, JdbcProposals.time(now))
                .stream().findFirst().map(ProposalId::of);
    }

    @Override
    public Optional<ProposalId> claim(ProposalId id, Instant now) {
        return jdbc.queryForList("SELECT proposal_id FROM gov_outbox WHERE proposal_id = ? AND not_before <= ? "
                        + "FOR UPDATE SKIP LOCKED", String.class, id.value(), JdbcProposals.time(now))
                .stream().findFirst().map(ProposalId::of);
    }

    @Override
    public List<ProposalId> claimDue(String operation, Instant now, int limit) {
        return jdbc.queryForList("SELECT proposal_id FROM gov_outbox WHERE not_before <= ? AND proposal_id IN "
                        + "(SELECT id FROM gov_proposal WHERE action_json LIKE ?) "
                        + "ORDER BY not_before, proposal_id LIMIT ? FOR UPDATE SKIP LOCKED", String.class,
                JdbcProposals.time(now), ProposalActionJson.likeOperation(operation), limit)
                .stream().map(ProposalId::of).toList();
    }

    @Override
    public void retryAt(ProposalId id, Instant notBefore) {
        jdbc.update("UPDATE gov_outbox SET not_before = ? WHERE proposal_id = ?", JdbcProposals.time(notBefore), id.value());
    }

    @Override
    public void remove(ProposalId id) {
        jdbc.update("DELETE FROM gov_outbox WHERE proposal_id = ?", id.value());
    }
}
