package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;

/** Every read the ledger makes, each one query-service request followed to its last page. */
final class IntacctReads {

    static final String BASE_CURRENCY = "USD";

    /** How many references one {@code $in} filter carries when the client looks records up by their keys. */
    static final int IN_CHUNK = 500;

    private final IntacctHttp http;
    private final int pageSize;
    private final boolean composite;

    IntacctReads(IntacctHttp http, int pageSize) {
        this(http, pageSize, true);
    }

    /** With {@code composite} false every query is its own call: the baseline the call-count benchmark compares with. */
    IntacctReads(IntacctHttp http, int pageSize, boolean composite) {
        this.http = http;
        this.pageSize = pageSize;
        this.composite = composite;
    }

    boolean composite() {
        return composite;
    }

    IntacctHttp http() {
        return http;
    }

    IntacctQuery query(String object, List<String> fields) {
        return IntacctQuery.of(http.json(), object, fields).pageSize(pageSize);
    }

    /** Every row of each query, in order; independent queries share one composite call (their first pages). */
    List<List<JsonNode>> together(List<IntacctQuery> queries) {
        if (!composite || queries.size() < IntacctComposite.MIN) {
            return queries.stream().map(query -> query.all(http)).toList();
        }
        List<List<JsonNode>> rows = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += IntacctComposite.MAX) {
            List<IntacctQuery> chunk = queries.subList(from, Math.min(queries.size(), from + IntacctComposite.MAX));
            if (chunk.size() < IntacctComposite.MIN) {
                rows.add(chunk.get(0).all(http));
                continue;
            }
            List<IntacctComposite.Outcome> outcomes = new IntacctComposite(http)
                    .send(chunk.stream().map(IntacctQuery::firstPage).toList());
            for (int i = 0; i < chunk.size(); i++) {
                rows.add(rowsOf(chunk.get(i), outcomes.get(i)));
            }
        }
        return rows;
    }

    private List<JsonNode> rowsOf(IntacctQuery query, IntacctComposite.Outcome outcome) {
        if (outcome instanceof IntacctComposite.Done done) {
            return query.allAfter(http, done.result(), done.meta());
        }
        if (outcome instanceof IntacctComposite.Failed failed) {
            throw failed.error();
        }
        return query.all(http);
    }

    /** Customers with their terms resolved: the term and customer queries go out together. */
    List<Customer> customers(Optional<CustomerId> only) {
        IntacctQuery query = query(CustomerRows.OBJECT, CustomerRows.FIELDS).orderBy("id", "asc");
        only.ifPresent(id -> query.where("$eq", "id", id.value()));
        List<List<JsonNode>> rows = together(List.of(query(TermRows.OBJECT, TermRows.FIELDS), query));
        var terms = TermRows.byId(rows.get(0));
        return rows.get(1).stream().map(row -> CustomerRows.customer(row, terms, BASE_CURRENCY)).toList();
    }

    Optional<String> customerKey(CustomerId id) {
        return query(CustomerRows.OBJECT, List.of("key")).where("$eq", "id", id.value()).all(http).stream()
                .findFirst().flatMap(CustomerRows::key);
    }

    List<Invoice> openInvoices(Optional<CustomerId> customer) {
        IntacctQuery query = query(InvoiceRows.OBJECT, InvoiceRows.FIELDS)
                .whereIn("state", InvoiceRows.OPEN_STATES).where("$gt", "totalTxnAmountDue", "0");
        customer.ifPresent(id -> query.where("$eq", "customer.id", id.value()));
        return query.allFiltersHold().orderBy("dueDate", "asc").all(http).stream()
                .map(row -> InvoiceRows.invoice(row, BASE_CURRENCY)).toList();
    }

    List<Invoice> paidInvoices(LocalDate since) {
        return query(InvoiceRows.OBJECT, InvoiceRows.FIELDS).where("$eq", "state", "paid")
                .where("$gte", "paymentInformation.fullyPaidDate", since.toString()).allFiltersHold()
                .orderBy("paymentInformation.fullyPaidDate", "asc").all(http).stream()
                .map(row -> InvoiceRows.invoice(row, BASE_CURRENCY)).toList();
    }

    JsonNode invoice(InvoiceId id) {
        return http.send("GET", "/objects/" + InvoiceRows.OBJECT + "/" + id.value(), null).path("ia::result");
    }

    List<SalesOrder> orders(Optional<SalesOrderId> only) {
        IntacctQuery query = query(SalesOrderRows.OBJECT, SalesOrderRows.FIELDS);
        only.ifPresentOrElse(id -> query.where("$eq", "documentNumber", id.value()),
                () -> query.whereIn("state", SalesOrderRows.HELD_STATES));
        return query.orderBy("txnDate", "asc").all(http).stream().map(row -> SalesOrderRows.order(row, BASE_CURRENCY)).toList();
    }

    Optional<String> orderKey(SalesOrderId id) {
        return query(SalesOrderRows.OBJECT, List.of("key")).where("$eq", "documentNumber", id.value()).all(http).stream()
                .findFirst().flatMap(row -> RowValues.optional(row, "key"));
    }

    List<BankLine> unappliedBankLines() {
        return query(BankLineRows.OBJECT, BankLineRows.FIELDS).where("$eq", "txnType", "deposit")
                .where("$eq", "reconciliationInformation.status", "unmatched").allFiltersHold()
                .orderBy("postingDate", "asc").all(http).stream().map(row -> BankLineRows.bankLine(row, BASE_CURRENCY)).toList();
    }

    /** Cash payments (not credit applications) received since the date; the payments and their details go out together. */
    List<Payment> payments(LocalDate since) {
        IntacctQuery query = query(PaymentRows.OBJECT, PaymentRows.FIELDS).where("$gt", "txnCurrency.totalAmount", "0")
                .where("$gte", "paymentSummary.receiptDate", since.toString()).allFiltersHold()
                .orderBy("paymentSummary.receiptDate", "asc");
        IntacctQuery details = query(PaymentRows.DETAIL_OBJECT, PaymentRows.DETAIL_FIELDS)
                .where("$gte", "paymentDate", since.toString());
        List<List<JsonNode>> rows = together(List.of(query, details));
        return payments(rows.get(0), rows.get(1));
    }

    /** The cash payments carrying any of these references (our idempotency keys), {@value #IN_CHUNK} references a query. */
    List<Payment> paymentsReferenced(Collection<String> references) {
        List<String> all = List.copyOf(references);
        List<JsonNode> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            rows.addAll(query(PaymentRows.OBJECT, PaymentRows.FIELDS).where("$gt", "txnCurrency.totalAmount", "0")
                    .whereIn("referenceNumber", all.subList(from, Math.min(all.size(), from + IN_CHUNK))).allFiltersHold()
                    .orderBy("paymentSummary.receiptDate", "asc").all(http));
        }
        List<String> keys = rows.stream().map(row -> RowValues.text(row, "key")).toList();
        List<JsonNode> details = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            details.addAll(query(PaymentRows.DETAIL_OBJECT, PaymentRows.DETAIL_FIELDS)
                    .whereIn("arPayment.key", keys.subList(from, Math.min(keys.size(), from + IN_CHUNK))).all(http));
        }
        return payments(rows, details);
    }

    private static List<Payment> payments(List<JsonNode> rows, List<JsonNode> details) {
        Map<String, List<JsonNode>> byPayment = PaymentRows.detailsByPayment(details);
        return rows.stream().map(row -> PaymentRows.payment(row, byPayment.getOrDefault(RowValues.text(row, "key"), List.of()),
                BASE_CURRENCY)).toList();
    }

    List<Adjustment> adjustments(Optional<LocalDate> since, Optional<String> reference) {
        IntacctQuery query = query(AdjustmentRows.OBJECT, AdjustmentRows.FIELDS);
        since.ifPresent(date -> query.where("$gte", "createdDate", date.toString()));
        reference.ifPresent(ref -> query.where("$eq", "documentNumber", ref));
        List<JsonNode> rows = query.allFiltersHold().orderBy("createdDate", "asc").all(http);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, InvoiceId> invoices = invoicesCredited(rows.stream().map(row -> RowValues.text(row, "key")).toList());
        return rows.stream().map(row -> AdjustmentRows.adjustment(row, invoices, BASE_CURRENCY)).toList();
    }

    /** The invoice each credit memo was applied to, from the payment details that used it. */
    Map<String, InvoiceId> invoicesCredited(Collection<String> adjustmentKeys) {
        Map<String, InvoiceId> invoices = new LinkedHashMap<>();
        query(PaymentRows.DETAIL_OBJECT, PaymentRows.DETAIL_FIELDS).whereIn("arAdjustment.key", adjustmentKeys).all(http)
                .forEach(detail -> invoices.putIfAbsent(RowValues.text(detail, "arAdjustment.key"),
                        InvoiceId.of(RowValues.text(detail, "arInvoice.key"))));
        return invoices;
    }

    boolean creditApplied(String reference) {
        return !query(PaymentRows.OBJECT, List.of("key")).where("$eq", "referenceNumber", reference).all(http).isEmpty();
    }
}
