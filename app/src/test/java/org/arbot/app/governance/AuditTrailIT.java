package org.arbot.app.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.arbot.app.cli.Command;
import org.arbot.core.governance.AuditKind;
import org.arbot.core.governance.AuditRecord;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.ProposalId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail in PostgreSQL: append-only for the app's role, tamper-evident through {@code arbot audit verify}. */
class AuditTrailIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private FreshPostgres database;
    private AuditTrail trail;

    @BeforeEach
    void appendFiveEntries() {
        database = FreshPostgres.migrated();
        trail = JdbcGovernance.auditTrail(database.dataSource);
        for (int i = 1; i <= 5; i++) {
            trail.append(new AuditRecord(Instant.parse("2026-11-0" + i + "T10:15:30.123456789Z"), AuditKind.HUMAN_ACTION,
                    "carla", Channel.SLACK, Optional.of(ProposalId.of("p-" + i)),
                    Map.of("decision", "APPROVE", "note", "paid, \"in full\"\nsee remittance")));
        }
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private int run(Command command, String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] db(String... more) {
        String[] args = new String[more.length + 6];
        System.arraycopy(more, 0, args, 0, more.length);
        System.arraycopy(new String[] {"--db-url", database.url, "--db-user", FreshPostgres.USER, "--db-password",
            FreshPostgres.PASSWORD}, 0, args, more.length, 6);
        return args;
    }

    @Test
    void audit_verify_reports_an_untouched_trail_intact() {
        assertThat(run(new AuditVerifyCommand(Map.of()), db())).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit trail intact: 5 entries");
    }

    @Test
    void audit_verify_names_the_entry_a_superuser_tampered_with() {
        database.asSuperuser("SET session_replication_role = replica",
                "UPDATE gov_audit SET actor = 'mallory' WHERE sequence = 3");

        assertThat(run(new AuditVerifyCommand(Map.of()), db())).isEqualTo(Command.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit trail broken at entry 3: entry 3 was changed");
    }

    @Test
    void audit_verify_reads_the_servers_datasource_settings_from_the_environment() {
        database.asSuperuser("SET session_replication_role = replica", "DELETE FROM gov_audit WHERE sequence = 2");

        AuditVerifyCommand command = new AuditVerifyCommand(Map.of("SPRING_DATASOURCE_URL", database.url,
                "SPRING_DATASOURCE_USERNAME", FreshPostgres.USER, "SPRING_DATASOURCE_PASSWORD", FreshPostgres.PASSWORD));

        assertThat(run(command)).isEqualTo(Command.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken at entry 3: entry 2 is missing before entry 3");
    }

    @Test
    void the_apps_database_role_cannot_update_or_delete_audit_entries_but_can_append() {
        String role = "arbot_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        database.asSuperuser("CREATE ROLE " + role + " LOGIN PASSWORD 'app-secret'",
                "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO " + role);
        try {
            assertThatThrownBy(() -> FreshPostgres.execute(database.url, role, "app-secret",
                    "UPDATE gov_audit SET actor = 'mallory' WHERE sequence = 1"))
                    .hasMessageContaining("gov_audit is append-only: UPDATE refused");
            assertThatThrownBy(() -> FreshPostgres.execute(database.url, role, "app-secret",
                    "DELETE FROM gov_audit WHERE sequence = 1"))
                    .hasMessageContaining("gov_audit is append-only: DELETE refused");
            assertThatThrownBy(() -> FreshPostgres.execute(database.url, role, "app-secret", "TRUNCATE gov_audit"))
                    .hasMessageContaining("append-only");
            assertThat(run(new AuditVerifyCommand(Map.of()), "--db-url", database.url, "--db-user", role,
                    "--db-password", "app-secret")).isEqualTo(Command.OK);
        } finally {
            database.asSuperuser("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    @Test
    void audit_export_writes_the_period_as_csv_for_auditors(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("audit.csv");

        assertThat(run(new AuditExportCommand(Map.of()), db("--from", "2026-11-02", "--to", "2026-11-04", "--out",
                csv.toString()))).isEqualTo(Command.OK);

        String written = Files.readString(csv);
        assertThat(written).startsWith(AuditCsv.HEADER + "\r\n");
        assertThat(written.split("\r\n")[1]).startsWith("2,2026-11-02T10:15:30.123456Z,HUMAN_ACTION,carla,SLACK,p-2,");
        assertThat(written).contains("\"decision=APPROVE\nnote=paid, \"\"in full\"\"\\nsee remittance\n\"")
                .doesNotContain(",p-1,").doesNotContain(",p-4,");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 2 audit entries to " + csv);
    }
}
