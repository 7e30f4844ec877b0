package org.arbot.app.cashapp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;

/**
 * The three input files of {@code arbot cash-apply} read into the domain, with every rejected row and why.
 *
 * <p>{@code customers.csv} may carry optional {@code terms} ({@code N30}, {@code 2/10 N30}; default N30) and
 * {@code aliases} (separated by {@code |}) columns; {@code payments.csv} an optional {@code customer_id}.
 */
record CashApplyInput(List<Customer> customers, List<Invoice> invoices, List<BankLine> payments, List<RejectedRow> rejected) {

    static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "name", "parent_id");
    static final List<String> INVOICE_COLUMNS = List.of("invoice_id", "customer_id", "invoice_date", "due_date", "currency",
            "total", "balance", "po_number");
    static final List<String> PAYMENT_COLUMNS = List.of("payment_id", "received_date", "currency", "amount", "payer_name",
            "reference", "remittance");

    private static final CollectorId UNASSIGNED = CollectorId.of("unassigned");

    /**
     * Reads the invoices, the largest file, on another core while the other two are read; each row becomes a domain
     * object as it is read, so no file is held as rows. Values keep their input order, rejected rows their line order.
     */
    static CashApplyInput read(Path customersFile, Path invoicesFile, Path paymentsFile) {
        CompletableFuture<Rows<Invoice>> invoices = CompletableFuture.supplyAsync(() -> invoices(invoicesFile));
        Rows<Customer> customers = customers(customersFile);
        Rows<BankLine> payments = payments(paymentsFile);
        return of(customers, joined(invoices), payments);
    }

    /** The three files' values, and their rejected rows: the customers', then the invoices', then the payments'. */
    static CashApplyInput of(Rows<Customer> customers, Rows<Invoice> invoices, Rows<BankLine> payments) {
        List<RejectedRow> rejected = new ArrayList<>(customers.rejected());
        rejected.addAll(invoices.rejected());
        rejected.addAll(payments.rejected());
        return new CashApplyInput(customers.values(), invoices.values(), payments.values(), rejected);
    }

    static Rows<Customer> customers(Path file) {
        return Rows.of(file, CUSTOMER_COLUMNS, CashApplyInput::customer);
    }

    static Rows<Invoice> invoices(Path file) {
        SharedValues shared = new SharedValues();
        return Rows.of(file, INVOICE_COLUMNS, row -> invoice(row, shared));
    }

    static Rows<BankLine> payments(Path file) {
        SharedValues shared = new SharedValues();
        return Rows.of(file, PAYMENT_COLUMNS, row -> payment(row, shared));
    }

    /** One file's rows as domain values, and the rows that could not be used. */
    record Rows<T>(List<T> values, List<RejectedRow> rejected) {

        static <T> Rows<T> of(Path file, List<String> columns, Function<CsvTable.Row, T> make) {
            List<T> values = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            CsvTable.read(file, columns, row -> {
                Object converted = attempt(row, make);
                if (converted instanceof RejectedRow r) {
                    rejected.add(r);
                } else {
                    @SuppressWarnings("unchecked")
                    T value = (T) converted;
                    values.add(value);
                }
            });
            return new Rows<>(values, rejected);
        }
    }

    static <T> T joined(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The row converted, or the {@link RejectedRow} saying why it cannot be. */
    private static Object attempt(CsvTable.Row row, Function<CsvTable.Row, ?> make) {
        try {
            return make.apply(row);
        } catch (DateTimeParseException e) {
            return new RejectedRow(row.file(), row.line(), "not an ISO-8601 date: '" + e.getParsedString() + "'");
        } catch (RuntimeException e) {
            return new RejectedRow(row.file(), row.line(), e.getMessage());
        }
    }

    private static Customer customer(CsvTable.Row row) {
        Terms terms = row.optional("terms").map(TermsText::parse).orElse(Terms.net(30));
        List<String> aliases = row.optional("aliases")
                .map(a -> Arrays.stream(a.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        return new Customer(CustomerId.of(row.required("customer_id")), row.required("name"),
                row.optional("parent_id").map(CustomerId::of), Money.zero("USD"), terms, UNASSIGNED, false, aliases);
    }

    /**
     * One object per distinct customer id, date and currency among the rows of one file: rows repeat them many times,
     * and shared values take less memory, and compare by identity when the invoices are grouped by customer.
     * Not thread-safe.
     */
    private static final class SharedValues {

        private final Map<String, CustomerId> customers = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<String, Currency> currencies = new HashMap<>();

        CustomerId customer(String value) {
            return customers.computeIfAbsent(value, CustomerId::of);
        }

        LocalDate date(String value) {
            return dates.computeIfAbsent(value, IsoDate::parse);
        }

        Currency currency(String code) {
            return currencies.computeIfAbsent(code, Money::currencyOf);
        }
    }

    private static Invoice invoice(CsvTable.Row row, SharedValues shared) {
        Currency currency = shared.currency(row.required("currency"));
        String totalText = row.required("total");
        String balanceText = row.required("balance");
        Money total = Money.of(totalText, currency);
        // Money is immutable: an invoice nothing was paid on holds one amount twice.
        Money balance = balanceText.equals(totalText) ? total : Money.of(balanceText, currency);
        String id = row.required("invoice_id");
        InvoiceState state = balance.isZero() ? InvoiceState.PAID
                : balance.isLessThan(total) ? InvoiceState.PARTIALLY_PAID : InvoiceState.POSTED;
        return new Invoice(InvoiceId.of(id), id, shared.customer(row.required("customer_id")),
                shared.date(row.required("invoice_date")), shared.date(row.required("due_date")), total, balance,
                row.optional("po_number"), state, Optional.empty());
    }

    private static BankLine payment(CsvTable.Row row, SharedValues shared) {
        String amountText = row.required("amount");
        Money amount = Money.of(amountText, shared.currency(row.required("currency")));
        return new BankLine(BankLineId.of(row.required("payment_id")), shared.date(row.required("received_date")),
                amount, row.text("payer_name"), row.text("reference"), row.text("remittance"),
                row.optional("customer_id").map(CustomerId::of));
    }
}
