package org.arbot.app.governance;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Keeps the embedded database's audit table append-only: every update or delete of an entry is refused. */
public final class H2AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("gov_audit is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
