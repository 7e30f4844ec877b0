package org.arbot.app.cashapp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A made-up AR book: customers (some parents with subsidiaries, some with aliases, some on discount terms) and their
 * open invoices, with skewed invoice counts, recurring identical amounts, partial balances and PO numbers.
 */
final class GeneratedBook {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final long[] ROUND = {25000, 50000, 75000, 100000, 120000, 150000, 200000, 250000};

    static final class Cust {
        final String id;
        final String name;
        String parentId = "";
        String terms = "N30";
        String alias = "";
        final List<Inv> invoices = new ArrayList<>();
    final java.util.Set<String> numbers = new java.util.HashSet<>();
    final List<Cust> parents = new ArrayList<>();
    final List<Cust> aliased = new ArrayList<>();
    final List<Cust> onDiscount = new ArrayList<>();
        final List<Cust> subsidiaries = new ArrayList<>();

        Cust(String id, String name) {
            this.id = id;
            this.name = name;
        }

        boolean discount() {
            return terms.startsWith("2/10");
        }
    }

    static final class Inv {
        final String id;
        final Cust customer;
        final LocalDate date;
        final LocalDate due;
        final long total;
        final long balance;
        final String po;
        boolean used;

        Inv(String id, Cust customer, LocalDate date, LocalDate due, long total, long balance, String po) {
            this.id = id;
            this.customer = customer;
            this.date = date;
            this.due = due;
            this.total = total;
            this.balance = balance;
            this.po = po;
        }
    }

    final List<Cust> customers = new ArrayList<>();
    final List<Inv> invoices = new ArrayList<>();
    final java.util.Set<String> numbers = new java.util.HashSet<>();
    final List<Cust> parents = new ArrayList<>();
    final List<Cust> aliased = new ArrayList<>();
    final List<Cust> onDiscount = new ArrayList<>();

    GeneratedBook(Random random, int customerCount, int invoiceCount) {
        CompanyNames names = new CompanyNames(random);
        for (int i = 0; i < customerCount; i++) {
            Cust c = new Cust(String.format("C%05d", i + 1), names.next());
            int roll = random.nextInt(100);
            c.terms = roll < 25 ? "2/10 N30" : roll < 70 ? "N30" : roll < 90 ? "N45" : "N60";
            if (random.nextInt(10) == 0) {
                c.alias = initials(c.name) + " " + List.of("AP Dept", "Payables", "Treasury", "Purchasing").get(random.nextInt(4));
            }
            customers.add(c);
        }
        for (int i = 0; i + 3 < customers.size(); i += 20) {
            Cust parent = customers.get(i);
            for (int k = 1; k <= 1 + random.nextInt(3); k++) {
                Cust child = customers.get(i + k);
                child.parentId = parent.id;
                parent.subsidiaries.add(child);
            }
        }
        for (int n = 0; n < invoiceCount; n++) {
            Cust c = customers.get((int) (customers.size() * Math.pow(random.nextDouble(), 1.5)));
            LocalDate date = AS_OF.minusDays(random.nextInt(120));
            int net = c.terms.endsWith("N45") ? 45 : c.terms.endsWith("N60") ? 60 : 30;
            long total = random.nextInt(100) < 15 ? ROUND[random.nextInt(ROUND.length)]
                    : Math.max(2000, Math.min(20_000_000, Math.round(Math.exp(7 + 1.2 * random.nextGaussian()) * 100)));
            long balance = random.nextInt(100) < 5 ? total - Math.max(100, total * (10 + random.nextInt(60)) / 100 / 100 * 100) : total;
            String po = random.nextInt(100) < 60 ? (random.nextBoolean() ? "PO-" + (10000 + random.nextInt(900000)) : "45000" + (10000 + random.nextInt(89999))) : "";
            Inv inv = new Inv(String.format("INV-%07d", n + 100_001), c, date, date.plusDays(net), total, balance, po);
            c.invoices.add(inv);
            numbers.add(String.valueOf(n + 100_001));
            invoices.add(inv);
        }
        for (Cust c : customers) {
            if (!c.subsidiaries.isEmpty()) {
                parents.add(c);
            }
            if (!c.alias.isEmpty()) {
                aliased.add(c);
            }
            if (c.discount()) {
                onDiscount.add(c);
            }
            c.invoices.sort(Comparator.comparing((Inv v) -> v.due).thenComparing(v -> v.date).thenComparing(v -> v.id));
        }
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replaceAll("[^A-Za-z ]", "").split(" ")) {
            if (!w.isEmpty() && !List.of("Inc", "LLC", "Corp", "Co", "Ltd", "of").contains(w)) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    static String money(long cents) {
        return (cents / 100) + "." + String.format("%02d", cents % 100);
    }

    void write(Path dir) {
        try (BufferedWriter c = Files.newBufferedWriter(dir.resolve("customers.csv"), StandardCharsets.UTF_8);
                BufferedWriter i = Files.newBufferedWriter(dir.resolve("open_invoices.csv"), StandardCharsets.UTF_8)) {
            c.write("customer_id,name,parent_id,terms,aliases\n");
            for (Cust x : customers) {
                c.write(Csv.row(x.id, x.name, x.parentId, x.terms, x.alias));
            }
            i.write("invoice_id,customer_id,invoice_date,due_date,currency,total,balance,po_number\n");
            for (Inv v : invoices) {
                i.write(Csv.row(v.id, v.customer.id, v.date.toString(), v.due.toString(), "USD", money(v.total), money(v.balance), v.po));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
