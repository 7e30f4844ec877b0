package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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

    private final IntacctHttp http;
    private final int pageSize;

    IntacctReads(IntacctHttp http, int pageSize) {
        this.http = http;
        this.pageSize = pageSize;
    }

    IntacctQuery query(String object, List<String> fields) {
        return IntacctQuery.of(http.json(), object, fields).pageSize(pageSize);
    }

    List<Customer> customers(Optional<CustomerId> only) {
        var terms = TermRows.byId(query(TermRows.OBJECT, TermRows.FIELDS).all(http));
        IntacctQuery query = query(CustomerRows.OBJECT, CustomerRows.FIELDS).orderBy("id", "asc");
        only.ifPresent(id -> query.where("$eq", "id", id.value()));
        return query.all(http).stream().map(row -> CustomerRows.customer(row, terms, BASE_CURRENCY)).toList();
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

    /** Cash payments (not credit applications) received since the date, or the one with the reference. */
    List<Payment> payments(Optional<LocalDate> since, Optional<String> reference) {
        IntacctQuery query = query(PaymentRows.OBJECT, PaymentRows.FIELDS).where("$gt", "txnCurrency.totalAmount", "0");
        since.ifPresent(date -> query.where("$gte", "paymentSummary.receiptDate", date.toString()));
        reference.ifPresent(ref -> query.where("$eq", "referenceNumber", ref));
        List<JsonNode> rows = query.allFiltersHold().orderBy("paymentSummary.receiptDate", "asc").all(http);
        if (rows.isEmpty()) {
            return List.of();
        }
        IntacctQuery details = query(PaymentRows.DETAIL_OBJECT, PaymentRows.DETAIL_FIELDS);
        if (reference.isPresent()) {
            details.whereIn("arPayment.key", rows.stream().map(row -> RowValues.text(row, "key")).toList());
        } else {
            since.ifPresent(date -> details.where("$gte", "paymentDate", date.toString()));
        }
        Map<String, List<JsonNode>> byPayment = PaymentRows.detailsByPayment(details.all(http));
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
