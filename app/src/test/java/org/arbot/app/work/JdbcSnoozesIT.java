package org.arbot.app.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.arbot.app.governance.FreshPostgres;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.governance.MutableClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The snooze table as the app's migrations make it, on the embedded H2 and on the local PostgreSQL (a database of its own). */
class JdbcSnoozesIT {

    private static final LocalDate DAY = LocalDate.parse("2026-11-27");
    private static final String ACME = Snoozes.account(CustomerId.of("ACME"));

    private final MutableClock clock = MutableClock.at("2026-11-27T12:00:00Z");
    private FreshPostgres postgres;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_snooze_holds_until_its_day_and_the_latest_end_wins(String vendor) {
        JdbcTemplate jdbc = migrated(vendor);
        Snoozes snoozes = new JdbcSnoozes(jdbc, clock);

        snoozes.snooze(ACME, DAY.plusDays(7), "carla");
        snoozes.snooze(ACME, DAY.plusDays(3), "maria");

        assertThat(snoozes.isSnoozed(ACME, DAY)).isTrue();
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(6))).isTrue();
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(7))).isFalse();
        assertThat(snoozes.isSnoozed(Snoozes.FORECAST_ALERTS, DAY)).isFalse();
        Map<String, Object> first = jdbc.queryForList("SELECT snoozed_by, until_day FROM snooze ORDER BY id").get(0);
        assertThat(first.get("snoozed_by")).isEqualTo("carla");
        assertThat(first.get("until_day").toString()).isEqualTo("2026-12-04");
    }

    private JdbcTemplate migrated(String vendor) {
        if (vendor.equals("postgresql")) {
            postgres = FreshPostgres.migrated();
            return new JdbcTemplate(postgres.dataSource);
        }
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:snooze-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/h2").load().migrate();
        return new JdbcTemplate(h2);
    }

    @AfterEach
    void dropTheDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
