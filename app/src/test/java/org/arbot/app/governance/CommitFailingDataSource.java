package org.arbot.app.governance;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source whose next commit, once armed, fails without committing: the database then rolls the work back. */
final class CommitFailingDataSource extends DelegatingDataSource {

    private final AtomicBoolean failNextCommit = new AtomicBoolean();

    CommitFailingDataSource(DataSource target) {
        super(target);
    }

    void failNextCommit() {
        failNextCommit.set(true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && failNextCommit.getAndSet(false)) {
                        // The commit never reached the server and the session ended: the server rolled back.
                        connection.rollback();
                        throw new SQLException("commit failed: connection reset", "08006");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
