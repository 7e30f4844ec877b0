package org.arbot.intacct;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;

/** The bodies of the writes the ledger makes, field for field as the accounts-receivable and order-entry specs name them. */
final class WriteRequests {

    /** Prefix of the reference on the payment that applies a credit memo to its invoice. */
    static final String APPLICATION_PREFIX = "apply:";

    private final ObjectMapper json;
    private final IntacctAccounts accounts;

    WriteRequests(ObjectMapper json, IntacctAccounts accounts) {
        this.json = json;
        this.accounts = accounts;
    }

    ObjectNode payment(PaymentPosting posting) {
        ObjectNode body = header(posting.customerId().value(), posting.receivedDate().toString(), posting.amount());
        body.put("paymentMethod", "eft");
        body.put("referenceNumber", posting.idempotencyKey());
        body.put("description", posting.memo());
        posting.bankLine().ifPresent(line -> body.put("documentNumber", BankLineRows.REFERENCE_PREFIX + line.value()));
        ((ObjectNode) body.get("txnCurrency")).put("totalAmount", posting.amount().toDecimalString());
        body.put("overPaymentAmount", posting.unapplied().toDecimalString());
        ArrayNode details = body.putArray("paymentDetails");
        for (PaymentApplication application : posting.applications()) {
            ObjectNode detail = details.addObject();
            detail.putObject("arInvoice").put("key", application.invoiceId().value());
            detail.putObject("txnCurrency").put("paymentAmount", application.amount().toDecimalString());
        }
        return body;
    }

    ObjectNode adjustment(AdjustmentPosting posting) {
        ObjectNode body = json.createObjectNode();
        body.putObject("customer").put("id", posting.customerId().value());
        body.put("createdDate", posting.date().toString());
        body.put("description", AdjustmentRows.description(posting.kind(), posting.reason()));
        body.put("documentNumber", posting.idempotencyKey());
        body.putObject("txnCurrency").put("currency", posting.amount().currency().getCurrencyCode());
        ObjectNode line = body.putArray("lines").addObject();
        line.putObject("glAccount").put("id", posting.kind() == AdjustmentKind.WRITE_OFF ? accounts.writeOff() : accounts.credit());
        line.putObject("txnCurrency").put("amount", posting.amount().negate().toDecimalString());
        line.put("memo", posting.reason());
        return body;
    }

    /** A zero-cash payment that applies {@code credit} of a credit memo to an invoice, as Intacct applies credits. */
    ObjectNode creditApplication(AdjustmentPosting posting, String adjustmentKey, InvoiceId invoice, Money credit) {
        ObjectNode body = header(posting.customerId().value(), posting.date().toString(), Money.zero(credit.currency()));
        body.put("referenceNumber", APPLICATION_PREFIX + posting.idempotencyKey());
        body.put("description", "Credit memo applied: " + posting.reason());
        ((ObjectNode) body.get("txnCurrency")).put("totalAmount", "0.00");
        ObjectNode detail = body.putArray("paymentDetails").addObject();
        detail.putObject("arInvoice").put("key", invoice.value());
        detail.putObject("arAdjustment").put("key", adjustmentKey);
        // The spec requires paymentAmount on every detail; a credit application moves no cash.
        detail.putObject("txnCurrency").put("paymentAmount", Money.zero(credit.currency()).toDecimalString())
                .put("adjustmentAmount", credit.toDecimalString());
        return body;
    }

    ObjectNode orderDecision(boolean release, String reason) {
        ObjectNode body = json.createObjectNode();
        if (release) {
            body.put("state", "submitted");
        }
        body.put("notes", (release ? SalesOrderRows.RELEASED : SalesOrderRows.DECLINED) + reason);
        return body;
    }

    ObjectNode credit(CreditUpdate update) {
        ObjectNode body = json.createObjectNode();
        update.creditLimit().ifPresent(limit -> body.put("creditLimit", limit.amount()));
        update.termsId().ifPresent(terms -> body.putObject("term").put("id", terms));
        update.onHold().ifPresent(hold -> body.put("isOnHold", hold));
        return body;
    }

    private ObjectNode header(String customerId, String receiptDate, Money amount) {
        ObjectNode body = json.createObjectNode();
        body.putObject("customer").put("id", customerId);
        body.putObject("undepositedGLAccount").put("id", accounts.undepositedFunds());
        body.putObject("paymentSummary").put("receiptDate", receiptDate);
        body.putObject("txnCurrency").put("currency", amount.currency().getCurrencyCode());
        return body;
    }
}
