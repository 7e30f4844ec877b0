package org.arbot.app.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsIT {

    @Test
    void the_migrations_build_the_governance_schema_on_an_empty_postgresql_database() {
        try (FreshPostgres database = FreshPostgres.empty()) {
            database.migrate();

            JdbcTemplate jdbc = new JdbcTemplate(database.dataSource);
            assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_name LIKE 'gov_%' ORDER BY table_name", String.class))
                    .containsExactly("gov_audit", "gov_audit_head", "gov_outbox", "gov_person", "gov_proposal",
                            "gov_workflow_policy");
            assertThat(jdbc.queryForObject("SELECT last_sequence FROM gov_audit_head", Long.class)).isZero();
            assertThat(Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration/postgresql")
                    .load().info().all()).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        }
    }
}
