package org.arbot.app.cashapp;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Invoice;
import org.arbot.core.cashapp.CashApplication;
import org.arbot.core.cashapp.MatchDecision;

/** Scores cash-application results against the truth, next to the lockbox-rules baseline, per case and overall. */
final class Scorecard {

    static final double AUTO_RATE_TARGET = 0.97;
    static final double PRECISION_TARGET = 0.995;
    static final double DEDUCTION_TARGET = 0.95;

    int matchable;
    int autoCorrect;
    int autoTotal;
    int reviewOnMatchable;
    int reviewCorrect;
    int unknownAuto;
    int deductions;
    int deductionsRight;
    int lockboxCorrect;
    final Map<String, int[]> byKind = new TreeMap<>();
    final int[][] calibration = new int[5][2];

    static Scorecard of(List<BankLine> lines, List<CashApplication> results, Map<String, Truth> truths, List<Invoice> invoices) {
        Scorecard s = new Scorecard();
        LockboxRules lockbox = new LockboxRules(invoices);
        for (int k = 0; k < results.size(); k++) {
            CashApplication r = results.get(k);
            Truth t = truths.get(r.bankLine().value());
            if (t == null) {
                throw new IllegalArgumentException("truth.csv lacks payment " + r.bankLine().value());
            }
            s.add(r, t, lockbox.match(lines.get(k)).map(i -> t.matchable() && t.applications().equals(Map.of(i.id().value(),
                    i.balance().toDecimalString())) && t.deductionReasons().isEmpty()).orElse(false));
        }
        return s;
    }

    private void add(CashApplication r, Truth t, boolean lockboxRight) {
        boolean right = t.matchable() && correct(r, t);
        int[] kind = byKind.computeIfAbsent(t.kind(), x -> new int[5]);
        kind[0]++;
        boolean auto = r.decision() == MatchDecision.AUTO_APPLY;
        if (auto) {
            autoTotal++;
            kind[right ? 1 : 2]++;
        } else {
            kind[r.decision() == MatchDecision.REVIEW ? 3 : 4]++;
        }
        if (t.matchable()) {
            matchable++;
            autoCorrect += auto && right ? 1 : 0;
            if (r.decision() == MatchDecision.REVIEW) {
                reviewOnMatchable++;
                reviewCorrect += right ? 1 : 0;
            }
            lockboxCorrect += lockboxRight ? 1 : 0;
            for (Map.Entry<String, String> d : t.deductionReasons().entrySet()) {
                deductions++;
                deductionsRight += r.deductions().stream().anyMatch(x -> x.invoiceId().value().equals(d.getKey())
                        && x.reason().name().equals(d.getValue())) ? 1 : 0;
            }
        } else if (auto && t.kind().equals("unknown_payer")) {
            unknownAuto++;
        }
        if (r.decision() != MatchDecision.UNMATCHED) {
            int bucket = r.confidence() < 0.6 ? 0 : r.confidence() < 0.8 ? 1 : r.confidence() < 0.9 ? 2 : r.confidence() < 0.95 ? 3 : 4;
            calibration[bucket][0]++;
            calibration[bucket][1] += right ? 1 : 0;
        }
    }

    private static boolean correct(CashApplication r, Truth t) {
        if (r.customerId().isEmpty() || !r.customerId().get().value().equals(t.customerId())) {
            return false;
        }
        Map<String, String> apps = new TreeMap<>();
        r.applications().forEach(a -> apps.put(a.invoiceId().value(), a.amount().toDecimalString()));
        Map<String, String> deds = new TreeMap<>();
        r.deductions().forEach(d -> deds.put(d.invoiceId().value(), d.reason().name()));
        return apps.equals(new TreeMap<>(t.applications())) && deds.equals(new TreeMap<>(t.deductionReasons()));
    }

    double autoRate() {
        return ratio(autoCorrect, matchable);
    }

    double precision() {
        return ratio(autoCorrect, autoTotal);
    }

    double deductionAccuracy() {
        return ratio(deductionsRight, deductions);
    }

    boolean meetsTargets() {
        return autoRate() >= AUTO_RATE_TARGET && precision() >= PRECISION_TARGET && unknownAuto == 0
                && deductionAccuracy() >= DEDUCTION_TARGET;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    void print(PrintStream out) {
        out.printf("payments matchable                 %d%n", matchable);
        out.printf("auto-applied correctly             %6.2f %%  (target >= 97 %%; lockbox rules %6.2f %%)%n",
                100 * autoRate(), 100 * ratio(lockboxCorrect, matchable));
        out.printf("precision of AUTO_APPLY            %6.2f %%  (%d of %d; target >= 99.5 %%)%n", 100 * precision(), autoCorrect, autoTotal);
        out.printf("REVIEW proposals right             %6.2f %%  (%d of %d)%n", 100 * ratio(reviewCorrect, reviewOnMatchable),
                reviewCorrect, reviewOnMatchable);
        out.printf("AUTO_APPLY on unknown payers       %d  (target 0)%n", unknownAuto);
        out.printf("deduction reasons right            %6.2f %%  (%d of %d; target >= 95 %%)%n", 100 * deductionAccuracy(),
                deductionsRight, deductions);
        out.println();
        out.printf("%-18s %7s %9s %10s %7s %9s%n", "case", "count", "auto ok", "auto wrong", "review", "unmatched");
        byKind.forEach((k, v) -> out.printf("%-18s %7d %9d %10d %7d %9d%n", k, v[0], v[1], v[2], v[3], v[4]));
        out.println();
        String[] names = {"< 0.60", "0.60-0.80", "0.80-0.90", "0.90-0.95", ">= 0.95"};
        out.println("confidence    proposals   right");
        for (int b = 0; b < names.length; b++) {
            out.printf("%-12s %10d %6.1f %%%n", names[b], calibration[b][0], 100 * ratio(calibration[b][1], calibration[b][0]));
        }
        out.println(meetsTargets() ? "targets: met" : "targets: NOT met");
    }
}
