package org.arbot.app.governance;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.arbot.app.cli.Options;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the {@code audit} commands read: {@code --db-url} (with {@code --db-user}, {@code --db-password}), else
 * the server's {@code SPRING_DATASOURCE_URL} / {@code _USERNAME} / {@code _PASSWORD}, else the embedded H2 default.
 */
record AuditDatabase(String url, String user, String password) {

    static final String EMBEDDED_URL = "jdbc:h2:file:./data/arbot;DB_CLOSE_ON_EXIT=FALSE";
    static final Set<String> OPTIONS = Set.of("db-url", "db-user", "db-password");
    static final String USAGE = """
              --db-url URL          JDBC URL of the database; default SPRING_DATASOURCE_URL, else the embedded
                                    H2 file ./data/arbot
              --db-user USER        default SPRING_DATASOURCE_USERNAME (sa for the embedded default)
              --db-password PASS    default SPRING_DATASOURCE_PASSWORD""";

    static AuditDatabase from(Options options, Map<String, String> environment) {
        Optional<String> url = options.value("db-url").or(() -> Optional.ofNullable(environment.get("SPRING_DATASOURCE_URL")));
        String user = options.value("db-user").or(() -> Optional.ofNullable(environment.get("SPRING_DATASOURCE_USERNAME")))
                .orElse(url.isEmpty() ? "sa" : "");
        String password = options.value("db-password")
                .or(() -> Optional.ofNullable(environment.get("SPRING_DATASOURCE_PASSWORD"))).orElse("");
        return new AuditDatabase(url.orElse(EMBEDDED_URL), user, password);
    }

    DataSource open() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        return dataSource;
    }

    /** The URL without credentials that some drivers accept inline. */
    String describe() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
