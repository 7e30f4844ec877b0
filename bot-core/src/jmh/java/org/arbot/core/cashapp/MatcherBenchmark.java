package org.arbot.core.cashapp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Terms;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.SentenceEmbeddings;
import org.arbot.core.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matcher's inner loop: one bank line decided against a book of 6,000 customers and 180,000 open invoices, for a
 * quoted invoice, an amount-only payment and a payment whose amount matches nothing (the subset search's worst case).
 * The cost per line should not grow with the number of invoices in the book.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBenchmark {

    @Param({"30000", "180000"})
    int invoiceCount;

    private ApplyingCash engine;
    private final List<BankLine> quoted = new ArrayList<>();
    private final List<BankLine> amountOnly = new ArrayList<>();
    private final List<BankLine> noMatch = new ArrayList<>();
    private int next;

    @Setup
    public void book() {
        Random random = new Random(1);
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < 6000; c++) {
            customers.add(new Customer(CustomerId.of("C" + c), "Customer " + Integer.toString(c, 36) + " Supply Co",
                    Optional.empty(), Money.zero("USD"), Terms.net(30), CollectorId.of("x"), false, List.of()));
        }
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < invoiceCount; i++) {
            Customer c = customers.get(random.nextInt(customers.size()));
            Money amount = Money.ofMinor(2000 + random.nextInt(2_000_000), Money.currencyOf("USD"));
            LocalDate date = today.minusDays(random.nextInt(90));
            String number = String.format("INV-%07d", i + 100_000);
            invoices.add(new Invoice(InvoiceId.of(number), number, c.id(), date, date.plusDays(30), amount, amount,
                    Optional.empty(), InvoiceState.POSTED, Optional.empty()));
            if (quoted.size() < 1000) {
                quoted.add(line(amount, c.name().toUpperCase(), number));
                amountOnly.add(line(amount, c.name(), "ACH PMT"));
                noMatch.add(line(Money.ofMinor(123_457 + i, amount.currency()), c.name(), ""));
            }
        }
        engine = new ApplyingCash(new CustomerDirectory(customers), new OpenInvoices(invoices), new InMemoryPayerAliases(),
                id -> List.of(), new DeductionClassifier(SentenceEmbeddings.none()), CashApplicationSettings.defaults(),
                Clock.systemUTC());
    }

    private static BankLine line(Money amount, String payer, String reference) {
        return new BankLine(BankLineId.of("B"), LocalDate.of(2026, 11, 20), amount, payer, reference, "", Optional.empty());
    }

    @Benchmark
    public CashApplication quotedInvoice() {
        return engine.apply(quoted.get(next++ % quoted.size()));
    }

    @Benchmark
    public CashApplication amountOnly() {
        return engine.apply(amountOnly.get(next++ % amountOnly.size()));
    }

    @Benchmark
    public CashApplication nothingMatches() {
        return engine.apply(noMatch.get(next++ % noMatch.size()));
    }
}
