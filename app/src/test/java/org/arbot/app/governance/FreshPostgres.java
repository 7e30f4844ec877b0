package org.arbot.app.governance;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the local PostgreSQL (127.0.0.1:5432, postgres/postgres), migrated from empty, dropped on
 * close: test classes never share state, and parallel runs never collide.
 */
public final class FreshPostgres implements AutoCloseable {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    final String name = "arbot_gov_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    final String url = SERVER + name;
    public final HikariDataSource dataSource;

    private FreshPostgres() {
        admin("CREATE DATABASE " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(24);
        dataSource = new HikariDataSource(config);
    }

    /** A new, empty database: no migration run yet. */
    static FreshPostgres empty() {
        return new FreshPostgres();
    }

    /** A new database migrated by the app's PostgreSQL migrations. */
    public static FreshPostgres migrated() {
        FreshPostgres database = new FreshPostgres();
        database.migrate();
        return database;
    }

    void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/postgresql").load().migrate();
    }

    /** Runs statements as the superuser on this database, outside the app's pool. */
    void asSuperuser(String... statements) {
        execute(url, USER, PASSWORD, statements);
    }

    static void execute(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void admin(String sql) {
        execute(SERVER + "postgres", USER, PASSWORD, sql);
    }

    @Override
    public void close() {
        dataSource.close();
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
