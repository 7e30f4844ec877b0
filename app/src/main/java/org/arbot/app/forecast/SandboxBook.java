package org.arbot.app.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.ar.Terms;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.money.Money;
import org.arbot.intacct.sandbox.DemoCompany;

/**
 * Reads the sandbox's demo company, record by record as its REST API returns them, into a receivables book: customers
 * with their terms, every invoice with its paid date, and the payment details that settled them.
 */
final class SandboxBook {

    static final String CURRENCY = "USD";

    private SandboxBook() {
    }

    /** The book as of the last day of the company's history (the day before its as-of date). */
    static ReceivablesBook read(DemoCompany company) {
        Map<String, Terms> terms = new HashMap<>();
        for (JsonNode term : company.records("accounts-receivable/term")) {
            JsonNode discount = term.path("discount");
            terms.put(term.path("id").asText(), new Terms(term.path("id").asText(), term.path("due").path("days").asInt(),
                    BigDecimal.valueOf(discount.path("amount").asDouble(0)), discount.path("days").asInt(0)));
        }
        List<Customer> customers = new ArrayList<>();
        for (JsonNode c : company.records("accounts-receivable/customer")) {
            Optional<CustomerId> parent = c.hasNonNull("parent") ? Optional.of(CustomerId.of(c.path("parent").path("id").asText()))
                    : Optional.empty();
            customers.add(new Customer(CustomerId.of(c.path("id").asText()), c.path("name").asText(), parent,
                    money(c.path("creditLimit").asText("0")), terms.getOrDefault(c.path("term").path("id").asText(), Terms.net(30)),
                    CollectorId.of(c.path("salesRepresentative").path("id").asText("unassigned")),
                    c.path("isOnHold").asBoolean(), List.of()));
        }
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        for (JsonNode i : company.records("accounts-receivable/invoice")) {
            invoices.put(i.path("key").asText(), invoice(i));
        }
        Map<String, List<PaymentApplication>> applications = new LinkedHashMap<>();
        Map<String, LocalDate> received = new HashMap<>();
        Map<String, CustomerId> payers = new HashMap<>();
        for (JsonNode detail : company.records("accounts-receivable/payment-detail")) {
            Invoice invoice = invoices.get(detail.path("arInvoice").path("key").asText());
            BigDecimal paid = new BigDecimal(detail.path("txnCurrency").path("paymentAmount").asText("0"));
            if (invoice == null || paid.signum() <= 0) {
                continue;
            }
            String payment = detail.path("arPayment").path("key").asText();
            applications.computeIfAbsent(payment, k -> new ArrayList<>()).add(new PaymentApplication(invoice.id(), money(paid.toPlainString())));
            received.put(payment, LocalDate.parse(detail.path("paymentDate").asText()));
            payers.put(payment, invoice.customerId());
        }
        List<Payment> payments = new ArrayList<>();
        applications.forEach((key, applied) -> payments.add(new Payment(PaymentId.of(key), payers.get(key), received.get(key),
                applied.stream().map(PaymentApplication::amount).reduce(Money.zero(CURRENCY), Money::plus), key, "",
                applied, Money.zero(CURRENCY))));
        return ReceivablesBook.of(company.asOf().minusDays(1), Money.currencyOf(CURRENCY), customers,
                List.copyOf(invoices.values()), payments, List.of());
    }

    private static Invoice invoice(JsonNode i) {
        Money total = money(i.path("totalTxnAmount").asText());
        Money due = money(i.path("totalTxnAmountDue").asText());
        InvoiceState state = switch (i.path("state").asText()) {
            case "paid" -> InvoiceState.PAID;
            case "partiallyPaid" -> InvoiceState.PARTIALLY_PAID;
            case "reversed" -> InvoiceState.REVERSED;
            case "draft" -> InvoiceState.DRAFT;
            default -> InvoiceState.POSTED;
        };
        Optional<LocalDate> paid = Optional.ofNullable(i.path("paymentInformation").path("fullyPaidDate").textValue())
                .map(LocalDate::parse);
        return new Invoice(InvoiceId.of(i.path("key").asText()), i.path("invoiceNumber").asText(),
                CustomerId.of(i.path("customer").path("id").asText()), LocalDate.parse(i.path("invoiceDate").asText()),
                LocalDate.parse(i.path("dueDate").asText()), total, due, Optional.empty(), state, paid);
    }

    private static Money money(String amount) {
        return Money.of(amount, CURRENCY);
    }
}
