package org.arbot.app.cashapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.arbot.app.cashapp.GeneratedBook.Cust;
import org.arbot.app.cashapp.GeneratedBook.Inv;
import org.arbot.core.deductions.DeductionReason;

/**
 * Generates payments covering every cash-application case, each with its truth, against a {@link GeneratedBook}:
 * exact, several quoted, several unquoted, amount only, identical amounts, typo, PO, partial, overpayment, deduction,
 * bank fee, discount in and after the window, parent paying, alias, unknown payer and unmatchable payments.
 */
final class PaymentCases {

    private static final String[] KINDS = {"exact", "multi_listed", "multi_unquoted", "amount_only", "identical_amounts",
            "typo", "po", "partial", "overpayment", "deduction", "bank_fee", "discount", "late_discount", "parent", "alias",
            "unknown_payer", "unmatchable"};
    private static final int[] WEIGHTS = {26, 10, 5, 7, 3, 5, 5, 4, 3, 12, 4, 5, 1, 4, 3, 5, 2};

    private final Random random;
    private final GeneratedBook book;
    private final PayerVariants payers;
    private final ReferenceFormats refs;
    private final DeductionPhrases phrases;
    private final CompanyNames names;
    private final PaymentShapes shapes;

    PaymentCases(Random random, GeneratedBook book) {
        this.random = random;
        this.book = book;
        this.payers = new PayerVariants(random);
        this.refs = new ReferenceFormats(random);
        this.phrases = new DeductionPhrases(random);
        this.names = new CompanyNames(random);
        this.shapes = new PaymentShapes(random, book);
    }

    GeneratedPayment next(int n) {
        String id = String.format("PMT-%06d", n);
        LocalDate received = GeneratedBook.AS_OF.minusDays(random.nextInt(4));
        for (int tries = 0; tries < 200; tries++) {
            String kind = pickKind();
            GeneratedPayment p = make(kind, id, received);
            if (p != null) {
                return p;
            }
        }
        return unknown(id, received);
    }

    private String pickKind() {
        int roll = random.nextInt(104);
        for (int k = 0; k < KINDS.length; k++) {
            roll -= WEIGHTS[k];
            if (roll < 0) {
                return KINDS[k];
            }
        }
        return "exact";
    }

    private GeneratedPayment make(String kind, String id, LocalDate received) {
        Cust c = book.customers.get(random.nextInt(book.customers.size()));
        if (kind.equals("parent") || kind.equals("alias") || kind.contains("discount")) {
            List<Cust> fit = kind.equals("parent") ? book.parents : kind.equals("alias") ? book.aliased : book.onDiscount;
            c = fit.isEmpty() ? c : fit.get(random.nextInt(fit.size()));
        }
        return switch (kind) {
            case "unknown_payer" -> unknown(id, received);
            case "multi_listed", "multi_unquoted", "parent" -> shapes.several(kind, c, id, received, payers, refs);
            case "amount_only", "identical_amounts", "unmatchable" -> shapes.byAmount(kind, c, id, received, payers, refs);
            default -> single(kind, c, id, received);
        };
    }

    private GeneratedPayment single(String kind, Cust c, String id, LocalDate received) {
        Inv inv = shapes.unused(c, kind.equals("discount") || kind.equals("late_discount") ? received : null,
                kind.equals("late_discount"));
        if (inv == null || (kind.equals("po") && inv.po.isEmpty()) || (kind.contains("discount") && !c.discount())
                || (kind.equals("alias") && c.alias.isEmpty())) {
            return null;
        }
        inv.used = true;
        String payer = kind.equals("alias") ? c.alias.toUpperCase(java.util.Locale.ROOT) : payers.of(c.name);
        String quoted = refs.quote(inv.id);
        Map<String, String> apps = new LinkedHashMap<>();
        Map<String, String> deds = new LinkedHashMap<>();
        long paid = inv.balance;
        String reference = quoted;
        String remittance = "";
        String unapplied = "0.00";
        switch (kind) {
            case "typo" -> {
                reference = refs.typo(inv.id);
                if (book.numbers.contains(reference.replaceAll("\\D", "").replaceFirst("^0+", ""))) {
                    return null;
                }
            }
            case "po" -> reference = List.of("PO ", "P.O. #", "PO#", "Purchase Order ").get(random.nextInt(4)) + inv.po;
            case "partial" -> {
                paid = inv.balance * (25 + random.nextInt(50)) / 100;
                remittance = List.of("partial payment", "installment 1 of 3", "1st installment", "part payment, balance to follow",
                        "Partial pmt on " + quoted).get(random.nextInt(5));
            }
            case "overpayment" -> {
                paid = inv.balance + 500 + random.nextInt(30000);
                unapplied = GeneratedBook.money(paid - inv.balance);
            }
            case "deduction" -> {
                long ded = Math.max(500, inv.balance * (2 + random.nextInt(15)) / 100);
                if (ded >= inv.balance) {
                    return null;
                }
                DeductionReason reason = phrases.reason();
                paid = inv.balance - ded;
                reference = random.nextBoolean() ? quoted : refs.noise();
                remittance = phrases.remittance(reason, quoted, GeneratedBook.money(ded));
                deds.put(inv.id, reason.name());
            }
            case "bank_fee" -> {
                paid = inv.balance - List.of(750L, 1000L, 1200L, 1500L, 1850L, 2000L, 2500L).get(random.nextInt(7));
                remittance = random.nextBoolean() ? "" : "WIRE TRANSFER";
                deds.put(inv.id, DeductionReason.BANK_FEE.name());
            }
            case "discount", "late_discount" -> {
                long discount = Math.round(inv.balance * 0.02);
                paid = inv.balance - discount;
                remittance = List.of("", "", "2% disc taken", "less cash discount", "early pay discount per terms").get(random.nextInt(5));
                reference = random.nextInt(4) == 0 ? refs.noise() : quoted;
                deds.put(inv.id, DeductionReason.EARLY_PAY_DISCOUNT.name());
            }
            default -> {
                if (random.nextInt(3) == 0) {
                    remittance = "Payment for " + quoted;
                    reference = refs.noise();
                }
            }
        }
        if (paid <= 0) {
            return null;
        }
        apps.put(inv.id, GeneratedBook.money(kind.equals("partial") ? paid : inv.balance - ded(inv.balance, paid, deds)));
        Truth truth = new Truth(id, true, c.id, apps, deds, unapplied, kind);
        return new GeneratedPayment(id, received.toString(), paid, payer, reference, remittance, truth);
    }

    private static long ded(long balance, long paid, Map<String, String> deds) {
        return deds.isEmpty() ? 0 : balance - paid;
    }

    private GeneratedPayment unknown(String id, LocalDate received) {
        long cents = 5000 + random.nextInt(2_000_000);
        String reference = random.nextBoolean() ? "INV-" + (9_000_000 + random.nextInt(999_999)) : refs.noise();
        Truth truth = new Truth(id, false, "", Map.of(), Map.of(), GeneratedBook.money(cents), "unknown_payer");
        return new GeneratedPayment(id, received.toString(), cents, names.stranger().toUpperCase(java.util.Locale.ROOT),
                reference, "", truth);
    }

    static List<String> kinds() {
        return new ArrayList<>(List.of(KINDS));
    }
}
