package org.arbot.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, always held at that currency's minor-unit scale; arithmetic refuses to mix currencies.
 *
 * <p>Amounts are rounded only where a caller says how ({@link #of(BigDecimal, Currency, RoundingMode)}, {@link #times});
 * an amount that does not fit the currency's scale is otherwise an error, so no cent is ever lost silently.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.scale() != scale) {
            try {
                amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(
                        "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows (" + scale + ")");
            }
        }
    }

    /** Parses a decimal string such as {@code "1234.50"} in the given ISO 4217 currency; more decimals than the currency has is an error. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseDecimal(amount), currencyOf(currencyCode));
    }

    /** Parses a decimal string such as {@code "1234.50"} in {@code currency}; more decimals than it has is an error. */
    public static Money of(String amount, Currency currency) {
        return new Money(parseDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Rounds {@code amount} to the currency's scale with the stated mode. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money zero(String currencyCode) {
        return zero(currencyOf(currencyCode));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by a factor (a rate, a percentage as a fraction) and rounds to the currency's scale with {@code rounding}. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The amount in minor units (cents for USD); exact because the scale is the currency's. */
    public long minorUnits() {
        return amount.movePointRight(amount.scale()).longValueExact();
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The plain decimal string at the currency's scale, e.g. {@code "1234.50"}: the form the Intacct API and our files use. */
    public String toDecimalString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
    }

    static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 0 : digits;
    }

    public static Currency currencyOf(String code) {
        Objects.requireNonNull(code, "currency code");
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency code '" + code + "'");
        }
    }

    private static BigDecimal parseDecimal(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: '" + amount + "'");
        }
    }
}
