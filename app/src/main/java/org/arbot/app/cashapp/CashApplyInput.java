package org.arbot.app.cashapp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.IntStream;
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
     * Reads the invoices, the largest file, while the other two are read, and turns rows into the domain on every
     * core; rows keep their input order and rejected rows their line order.
     */
    static CashApplyInput read(Path customersFile, Path invoicesFile, Path paymentsFile) {
        CompletableFuture<List<CsvTable.Row>> invoiceRows =
                CompletableFuture.supplyAsync(() -> CsvTable.rows(invoicesFile, INVOICE_COLUMNS));
        List<CsvTable.Row> customerRows = CsvTable.rows(customersFile, CUSTOMER_COLUMNS);
        List<CsvTable.Row> paymentRows = CsvTable.rows(paymentsFile, PAYMENT_COLUMNS);
        List<RejectedRow> rejected = new ArrayList<>();
        List<Customer> customers = convert(customerRows, CashApplyInput::customer, rejected);
        List<Invoice> invoices = convert(joined(invoiceRows), CashApplyInput::invoice, rejected);
        List<BankLine> payments = convert(paymentRows, CashApplyInput::payment, rejected);
        return new CashApplyInput(customers, invoices, payments, rejected);
    }

    private static List<CsvTable.Row> joined(CompletableFuture<List<CsvTable.Row>> rows) {
        try {
            return rows.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Converts every row, in parallel; the rows that cannot be converted are added to {@code rejected} in order. */
    private static <T> List<T> convert(List<CsvTable.Row> rows, Function<CsvTable.Row, T> make, List<RejectedRow> rejected) {
        Object[] converted = new Object[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> converted[i] = attempt(rows.get(i), make));
        List<T> values = new ArrayList<>(rows.size());
        for (Object o : converted) {
            if (o instanceof RejectedRow r) {
                rejected.add(r);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) o;
                values.add(value);
            }
        }
        return values;
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

    private static Invoice invoice(CsvTable.Row row) {
        String currency = row.required("currency");
        Money total = Money.of(row.required("total"), currency);
        Money balance = Money.of(row.required("balance"), currency);
        String id = row.required("invoice_id");
        InvoiceState state = balance.isZero() ? InvoiceState.PAID
                : balance.isLessThan(total) ? InvoiceState.PARTIALLY_PAID : InvoiceState.POSTED;
        return new Invoice(InvoiceId.of(id), id, CustomerId.of(row.required("customer_id")),
                IsoDate.parse(row.required("invoice_date")), IsoDate.parse(row.required("due_date")), total, balance,
                row.optional("po_number"), state, Optional.empty());
    }

    private static BankLine payment(CsvTable.Row row) {
        Money amount = Money.of(row.required("amount"), row.required("currency"));
        return new BankLine(BankLineId.of(row.required("payment_id")), IsoDate.parse(row.required("received_date")),
                amount, row.text("payer_name"), row.text("reference"), row.text("remittance"),
                row.optional("customer_id").map(CustomerId::of));
    }
}
