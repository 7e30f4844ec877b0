package org.arbot.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

    private static final Currency USD = Currency.getInstance("USD");

    @Provide
    Arbitrary<Money> dollars() {
        return Arbitraries.longs().between(-10_000_000_00L, 10_000_000_00L).map(cents -> Money.ofMinor(cents, USD));
    }

    @Provide
    Arbitrary<Money> positiveDollars() {
        return Arbitraries.longs().between(1, 10_000_000_00L).map(cents -> Money.ofMinor(cents, USD));
    }

    @Provide
    Arbitrary<List<Money>> amountLists() {
        return positiveDollars().list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void addition_is_commutative_and_associative(@ForAll("dollars") Money a, @ForAll("dollars") Money b, @ForAll("dollars") Money c) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void subtracting_what_was_added_gives_back_the_original(@ForAll("dollars") Money a, @ForAll("dollars") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.plus(a.negate()).isZero()).isTrue();
    }

    @Property
    void minor_units_round_trip(@ForAll("dollars") Money a) {
        assertThat(Money.ofMinor(a.minorUnits(), USD)).isEqualTo(a);
        assertThat(Money.of(a.toDecimalString(), "USD")).isEqualTo(a);
    }

    @Property
    void mixing_currencies_is_refused(@ForAll("dollars") Money a) {
        Money euros = Money.ofMinor(a.minorUnits(), Currency.getInstance("EUR"));
        assertThatThrownBy(() -> a.plus(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.compareTo(euros)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Property
    void multiplying_rounds_to_the_currency_scale(@ForAll("dollars") Money a, @ForAll("percent") BigDecimal rate) {
        Money product = a.times(rate, RoundingMode.HALF_EVEN);
        assertThat(product.amount().scale()).isEqualTo(2);
        BigDecimal exact = a.amount().multiply(rate);
        assertThat(product.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Provide
    Arbitrary<BigDecimal> percent() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    }

    @Property
    void a_proportional_split_never_loses_or_invents_a_cent(
            @ForAll("positiveDollars") Money amount, @ForAll("amountLists") List<Money> weights) {
        List<Money> parts = Allocation.proportional(amount, weights);
        assertThat(parts).hasSameSizeAs(weights);
        assertThat(parts.stream().reduce(Money.zero(USD), Money::plus)).isEqualTo(amount);
        assertThat(parts).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
    }

    @Property
    void an_in_order_split_fills_invoices_without_exceeding_balances_or_the_amount(
            @ForAll("positiveDollars") Money amount, @ForAll("amountLists") List<Money> balances) {
        List<Money> parts = Allocation.inOrder(amount, balances);
        Money applied = parts.stream().reduce(Money.zero(USD), Money::plus);
        Money capacity = balances.stream().reduce(Money.zero(USD), Money::plus);
        assertThat(applied).isEqualTo(amount.min(capacity));
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i).isGreaterThan(balances.get(i))).isFalse();
        }
    }

    @Property
    void amounts_with_more_decimals_than_the_currency_are_refused(@ForAll("dollars") Money a) {
        String tooPrecise = a.toDecimalString() + "1";
        assertThatThrownBy(() -> Money.of(tooPrecise, "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals");
    }
}
