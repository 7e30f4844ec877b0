package org.arbot.app.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.arbot.core.governance.AuditEntry;
import org.arbot.core.governance.AuditRecord;
import org.arbot.core.governance.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail in table {@code gov_audit}. Each append locks the one-row chain head {@code gov_audit_head}, so
 * appends from every thread and replica form a single chain; the database refuses updates and deletes of entries.
 */
final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "sequence, at, kind, actor, channel, proposal_id, details, previous_hash, hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /** @param transaction joins the caller's transaction, or starts one for a lone append */
    JdbcAuditTrail(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        return transaction.execute(status -> {
            Map<String, Object> head = jdbc.queryForMap(
                    "SELECT last_sequence, last_hash FROM gov_audit_head WHERE id = 1 FOR UPDATE");
            long last = ((Number) head.get("last_sequence")).longValue();
            AuditEntry entry = AuditEntry.chained(record, last + 1, ((String) head.get("last_hash")).trim());
            jdbc.update("INSERT INTO gov_audit (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)", entry.sequence(),
                    JdbcProposals.time(entry.at()), entry.kind(), entry.actor(), entry.channel(), entry.proposal(),
                    entry.details(), entry.previousHash(), entry.hash());
            jdbc.update("UPDATE gov_audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1", entry.sequence(), entry.hash());
            return entry;
        });
    }

    @Override
    public List<AuditEntry> after(long sequence, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gov_audit WHERE sequence > ? ORDER BY sequence LIMIT ?",
                JdbcAuditTrail::map, sequence, limit);
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gov_audit WHERE at >= ? AND at < ? ORDER BY sequence",
                JdbcAuditTrail::map, JdbcProposals.time(from), JdbcProposals.time(to));
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("sequence"), JdbcProposals.instant(rs, "at"), rs.getString("kind"),
                rs.getString("actor"), rs.getString("channel"), rs.getString("proposal_id"), rs.getString("details"),
                rs.getString("previous_hash").trim(), rs.getString("hash").trim());
    }
}
