package org.arbot.app.cashapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.arbot.app.cashapp.GeneratedBook.Cust;
import org.arbot.app.cashapp.GeneratedBook.Inv;

/** The generated payments that involve several invoices or amounts only, where the truth depends on the whole book. */
final class PaymentShapes {

    private final Random random;
    private final GeneratedBook book;

    PaymentShapes(Random random, GeneratedBook book) {
        this.random = random;
        this.book = book;
    }

    /** An unused invoice of {@code c} with balance equal to total; with {@code received}, one inside (or after) the 2/10 window. */
    Inv unused(Cust c, LocalDate received, boolean late) {
        List<Inv> pool = new ArrayList<>();
        for (Inv i : c.invoices) {
            if (i.used || i.balance != i.total) {
                continue;
            }
            if (received != null) {
                long age = java.time.temporal.ChronoUnit.DAYS.between(i.date, received);
                if (late ? age <= 12 : age > 10 || age < 0) {
                    continue;
                }
            }
            pool.add(i);
        }
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    GeneratedPayment several(String kind, Cust c, String id, LocalDate received, PayerVariants payers, ReferenceFormats refs) {
        Cust payerCust = c;
        if (kind.equals("parent")) {
            if (c.subsidiaries.isEmpty()) {
                return null;
            }
            c = c.subsidiaries.get(random.nextInt(c.subsidiaries.size()));
        }
        int count = kind.equals("multi_unquoted") ? 2 + random.nextInt(2) : 1 + random.nextInt(kind.equals("parent") ? 3 : 4) + (kind.equals("parent") ? 0 : 1);
        List<Inv> pool = new ArrayList<>(c.invoices.stream().filter(i -> !i.used).toList());
        if (pool.size() < count) {
            return null;
        }
        java.util.Collections.shuffle(pool, random);
        List<Inv> chosen = new ArrayList<>(pool.subList(0, count));
        Cust owner = c;
        if (kind.equals("multi_unquoted") && chosen.stream().anyMatch(i -> twin(owner, i))) {
            return null;
        }
        long sum = chosen.stream().mapToLong(i -> i.balance).sum();
        if (kind.equals("multi_unquoted") && (c.invoices.size() > 80 || ways(c, sum, 3) != 1)) {
            return null;
        }
        chosen.forEach(i -> i.used = true);
        Map<String, String> apps = new LinkedHashMap<>();
        chosen.forEach(i -> apps.put(i.id, GeneratedBook.money(i.balance)));
        String remittance = "";
        String reference = refs.noise();
        if (!kind.equals("multi_unquoted")) {
            List<String> numbers = chosen.stream().map(i -> i.id).toList();
            List<String> amounts = random.nextBoolean() ? chosen.stream().map(i -> GeneratedBook.money(i.balance)).toList() : null;
            remittance = refs.list(numbers, amounts);
        }
        Truth truth = new Truth(id, true, c.id, apps, Map.of(), "0.00", kind);
        return new GeneratedPayment(id, received.toString(), sum, payers.of(payerCust.name), reference, remittance, truth);
    }

    GeneratedPayment byAmount(String kind, Cust c, String id, LocalDate received, PayerVariants payers, ReferenceFormats refs) {
        String payer = payers.of(c.name);
        if (kind.equals("unmatchable")) {
            long cents = 10000 + random.nextInt(500_000);
            if (c.invoices.size() > 80 || ways(c, cents, 3) != 0 || discountHit(c, cents)) {
                return null;
            }
            Truth truth = new Truth(id, false, c.id, Map.of(), Map.of(), GeneratedBook.money(cents), kind);
            return new GeneratedPayment(id, received.toString(), cents, payer, refs.noise(), "", truth);
        }
        Inv target = null;
        for (Inv i : c.invoices) {
            if (!i.used && (kind.equals("identical_amounts") == twin(c, i))) {
                target = i;
                break;
            }
        }
        if (target == null) {
            return null;
        }
        long cents = target.balance;
        Inv oldest = c.invoices.stream().filter(i -> i.balance == cents).findFirst().orElseThrow();
        oldest.used = true;
        target.used = true;
        Map<String, String> apps = Map.of(oldest.id, GeneratedBook.money(cents));
        Truth truth = new Truth(id, true, c.id, apps, Map.of(), "0.00", kind);
        return new GeneratedPayment(id, received.toString(), cents, payer, refs.noise(), "", truth);
    }

    private static boolean twin(Cust c, Inv i) {
        return c.invoices.stream().anyMatch(j -> j != i && j.balance == i.balance);
    }

    /** How many ways (0, 1 or 2 meaning more) up to {@code max} of the customer's open balances add up to {@code cents}. */
    private static int ways(Cust c, long cents, int max) {
        List<Long> b = c.invoices.stream().map(i -> i.balance).toList();
        java.util.Set<List<Long>> found = new java.util.HashSet<>();
        int n = b.size();
        for (int i = 0; i < n; i++) {
            if (b.get(i) == cents) {
                found.add(List.of(b.get(i)));
            }
            for (int j = i + 1; j < n; j++) {
                if (b.get(i) + b.get(j) == cents) {
                    found.add(List.of(Math.min(b.get(i), b.get(j)), Math.max(b.get(i), b.get(j))));
                }
                if (max >= 3) {
                    for (int k = j + 1; k < n; k++) {
                        if (b.get(i) + b.get(j) + b.get(k) == cents) {
                            List<Long> t = new ArrayList<>(List.of(b.get(i), b.get(j), b.get(k)));
                            t.sort(null);
                            found.add(t);
                        }
                    }
                }
            }
            if (found.size() > 1) {
                return 2;
            }
        }
        return found.size();
    }

    private static boolean discountHit(Cust c, long cents) {
        return c.discount() && c.invoices.stream().anyMatch(i -> i.balance - Math.round(i.balance * 0.02) == cents);
    }
}
