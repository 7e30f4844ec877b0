package org.arbot.app.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.Workflow;
import org.arbot.core.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;

/** Proposals in table {@code gov_proposal}; locks are row locks ({@code FOR UPDATE}, skipping locked rows when sweeping). */
final class JdbcProposals implements Proposals {

    private static final String COLUMNS = "id, workflow, action_json, amount, currency, confidence, risk, reasons_json, "
            + "proposed_by, state, assignee, created_at, expires_at, decided_by, attempts, outcome";

    private final JdbcTemplate jdbc;
    private final ProposalActionJson json;

    JdbcProposals(JdbcTemplate jdbc, ProposalActionJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(Proposal p) {
        jdbc.update("INSERT INTO gov_proposal (" + COLUMNS + ", idempotency_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id().value(), p.workflow().name(), json.write(p.action()), p.amount().amount(),
                p.amount().currency().getCurrencyCode(), p.confidence(), p.risk(), json.writeReasons(p.reasons()),
                p.proposedBy(), p.state().name(), p.assignee().toString(), time(p.createdAt()), time(p.expiresAt()),
                p.decidedBy().map(PersonId::value).orElse(null), p.attempts(), p.outcome(), p.idempotencyKey());
    }

    @Override
    public Optional<Proposal> byId(ProposalId id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gov_proposal WHERE id = ?", this::map, id.value()).stream().findFirst();
    }

    @Override
    public Optional<Proposal> lock(ProposalId id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gov_proposal WHERE id = ? FOR UPDATE", this::map, id.value())
                .stream().findFirst();
    }

    @Override
    public void update(Proposal p) {
        int updated = jdbc.update("UPDATE gov_proposal SET state = ?, assignee = ?, expires_at = ?, decided_by = ?, "
                + "attempts = ?, outcome = ? WHERE id = ?", p.state().name(), p.assignee().toString(), time(p.expiresAt()),
                p.decidedBy().map(PersonId::value).orElse(null), p.attempts(), p.outcome(), p.id().value());
        if (updated != 1) {
            throw new IllegalStateException("proposal " + p.id() + " is not stored");
        }
    }

    @Override
    public List<Proposal> lockExpiring(Instant now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gov_proposal WHERE state IN (?, ?) AND expires_at <= ? "
                        + "ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED", this::map,
                ProposalState.AWAITING_APPROVAL.name(), ProposalState.REASSIGNED.name(), time(now), limit);
    }

    @Override
    public List<Proposal> pendingFor(Assignee assignee) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gov_proposal WHERE assignee = ? AND state IN (?, ?, ?) "
                        + "ORDER BY created_at, id", this::map, assignee.toString(), ProposalState.AWAITING_APPROVAL.name(),
                ProposalState.REASSIGNED.name(), ProposalState.EXPIRED.name());
    }

    private Proposal map(ResultSet rs, int row) throws SQLException {
        Money amount = Money.of(rs.getBigDecimal("amount"), Money.currencyOf(rs.getString("currency").trim()),
                java.math.RoundingMode.UNNECESSARY);
        return new Proposal(ProposalId.of(rs.getString("id")), Workflow.valueOf(rs.getString("workflow")),
                json.read(rs.getString("action_json")), amount, rs.getBigDecimal("confidence").stripTrailingZeros(),
                rs.getBigDecimal("risk").stripTrailingZeros(), json.readReasons(rs.getString("reasons_json")),
                rs.getString("proposed_by"), ProposalState.valueOf(rs.getString("state")),
                Assignee.parse(rs.getString("assignee")), instant(rs, "created_at"), instant(rs, "expires_at"),
                Optional.ofNullable(rs.getString("decided_by")).map(PersonId::of), rs.getInt("attempts"),
                rs.getString("outcome"));
    }

    static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
