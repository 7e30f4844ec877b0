package org.arbot.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void an_amount_is_held_at_the_currency_scale() {
        assertThat(Money.of("12.5", "USD").toDecimalString()).isEqualTo("12.50");
        assertThat(Money.of("1200", "JPY").toDecimalString()).isEqualTo("1200");
        assertThat(Money.of("12.5", "usd")).isEqualTo(Money.of("12.50", "USD"));
    }

    @Test
    void bad_input_is_refused_with_the_offending_value() {
        assertThatThrownBy(() -> Money.of("12,50", "USD")).hasMessageContaining("'12,50'");
        assertThatThrownBy(() -> Money.of("1", "XYZW")).hasMessageContaining("'XYZW'");
    }

    @Test
    void a_third_split_gives_the_extra_cent_to_one_part() {
        List<Money> parts = Allocation.proportional(Money.of("100.00", "USD"),
                List.of(Money.of("1", "USD"), Money.of("1", "USD"), Money.of("1", "USD")));
        assertThat(parts).extracting(Money::toDecimalString).containsExactlyInAnyOrder("33.34", "33.33", "33.33");
    }
}
