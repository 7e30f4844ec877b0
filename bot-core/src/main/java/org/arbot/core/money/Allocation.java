package org.arbot.core.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount over several targets so that the parts always add up to the amount exactly, to the cent.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Fills each capacity in order (the first invoice first) and returns what each receives; what is left over
     * after every capacity is full is {@code amount} minus the sum of the parts.
     */
    public static List<Money> inOrder(Money amount, List<Money> capacities) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot allocate a negative amount: " + amount);
        }
        List<Money> parts = new ArrayList<>(capacities.size());
        Money left = amount;
        for (Money capacity : capacities) {
            Money part = left.min(capacity.max(Money.zero(amount.currency())));
            parts.add(part);
            left = left.minus(part);
        }
        return parts;
    }

    /**
     * Splits {@code amount} in proportion to the weights, largest remainder first, so the parts sum to {@code amount}
     * exactly. Weights must be non-negative with a positive total.
     */
    public static List<Money> proportional(Money amount, List<Money> weights) {
        long total = 0;
        for (Money weight : weights) {
            if (weight.isNegative()) {
                throw new IllegalArgumentException("weights must not be negative: " + weight);
            }
            total = Math.addExact(total, weight.minorUnits());
        }
        if (total == 0) {
            throw new IllegalArgumentException("weights must add up to more than zero");
        }
        long units = amount.minorUnits();
        long[] shares = new long[weights.size()];
        long[] remainders = new long[weights.size()];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            java.math.BigInteger product = java.math.BigInteger.valueOf(units)
                    .multiply(java.math.BigInteger.valueOf(weights.get(i).minorUnits()));
            java.math.BigInteger[] qr = product.divideAndRemainder(java.math.BigInteger.valueOf(total));
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].abs().longValueExact();
            given += shares[i];
        }
        long missing = units - given;
        long step = Long.signum(missing);
        List<Integer> byRemainder = IntStream.range(0, shares.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed())
                .toList();
        for (int k = 0; missing != 0; k++, missing -= step) {
            shares[byRemainder.get(k % shares.length)] += step;
        }
        List<Money> parts = new ArrayList<>(shares.length);
        for (long share : shares) {
            parts.add(Money.ofMinor(share, amount.currency()));
        }
        return parts;
    }
}
