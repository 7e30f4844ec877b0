package org.arbot.core.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.arbot.core.ar.CustomerId;
import org.junit.jupiter.api.Test;

class SnoozesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-27");
    private static final String ACME = Snoozes.account(CustomerId.of("ACME"));

    private final Snoozes snoozes = new InMemorySnoozes();

    @Test
    void a_snooze_holds_until_its_day_and_ends_on_it() {
        snoozes.snooze(ACME, DAY.plusDays(7), "carla");

        assertThat(snoozes.isSnoozed(ACME, DAY)).isTrue();
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(6))).isTrue();
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(7))).isFalse();
        assertThat(snoozes.isSnoozed(Snoozes.account(CustomerId.of("GLOBEX")), DAY)).isFalse();
        assertThat(snoozes.isSnoozed(Snoozes.FORECAST_ALERTS, DAY)).isFalse();
    }

    @Test
    void a_later_snooze_extends_and_an_earlier_one_never_shortens() {
        snoozes.snooze(ACME, DAY.plusDays(7), "carla");
        snoozes.snooze(ACME, DAY.plusDays(3), "maria");
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(5))).isTrue();

        snoozes.snooze(ACME, DAY.plusDays(10), "maria");
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(9))).isTrue();
        assertThat(snoozes.isSnoozed(ACME, DAY.plusDays(10))).isFalse();
    }
}
