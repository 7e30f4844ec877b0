package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Generates unapplied bank deposits with the remittance text cash application has to read: exact payments, several
 * invoices at once, short-pays with a reason, mistyped invoice numbers, parents paying for subsidiaries, unknown payers.
 */
final class BankLineSeed {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] SHORT_PAY_REASONS = {"damaged goods", "pricing difference", "promo allowance",
            "freight deduction", "early pay discount", "short shipment"};

    private final DemoCompany company;
    private final LocalDate asOf;
    private final Random random;
    private final OpenInvoices open;
    private int reference = 4100;

    private BankLineSeed(DemoCompany company, LocalDate asOf, Random random) {
        this.company = company;
        this.asOf = asOf;
        this.random = random;
        this.open = new OpenInvoices(company);
    }

    static void generate(DemoCompany company, LocalDate asOf, Random random) {
        BankLineSeed seed = new BankLineSeed(company, asOf, random);
        seed.repeat(14, seed::exactPayment);
        seed.repeat(8, seed::severalInvoices);
        seed.repeat(10, seed::shortPay);
        seed.repeat(5, seed::typo);
        seed.repeat(4, seed::parentPays);
        seed.repeat(2, seed::discountTaken);
        seed.repeat(5, seed::unknownPayer);
    }

    private void repeat(int times, Runnable scenario) {
        for (int i = 0; i < times; i++) {
            scenario.run();
        }
    }

    private void exactPayment() {
        ObjectNode invoice = open.take(open.anyCustomerWith(1, random), random);
        String[] forms = {"%s", "PAYMENT %s", "Inv# %s thank you", "RMT*IV*%s"};
        add(payee(invoice), due(invoice), String.format(forms[random.nextInt(forms.length)], number(invoice)));
    }

    private void severalInvoices() {
        String customer = open.anyCustomerWith(3, random);
        List<ObjectNode> invoices = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            invoices.add(open.take(customer, random));
        }
        BigDecimal total = invoices.stream().map(BankLineSeed::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        String text = random.nextBoolean()
                ? invoices.stream().map(i -> number(i) + " " + money(due(i))).collect(Collectors.joining("; "))
                : "Remit: " + invoices.stream().map(BankLineSeed::number).collect(Collectors.joining(", "));
        add(payee(invoices.get(0)), total, text);
    }

    private void shortPay() {
        ObjectNode invoice = open.take(open.anyCustomerWith(1, random), random);
        BigDecimal due = due(invoice);
        BigDecimal deduction = due.multiply(BigDecimal.valueOf(2 + random.nextInt(9)).movePointLeft(2)).setScale(2, java.math.RoundingMode.HALF_UP);
        String reason = SHORT_PAY_REASONS[random.nextInt(SHORT_PAY_REASONS.length)];
        add(payee(invoice), due.subtract(deduction), number(invoice) + " paid " + money(due.subtract(deduction))
                + " less " + money(deduction) + " " + reason);
    }

    private void typo(){
        ObjectNode invoice = open.take(open.anyCustomerWith(1, random), random);
        String digits = number(invoice).substring(4);
        String[] typos = {
                "INV-" + digits.substring(0, 5) + digits.charAt(6) + digits.charAt(5),
                "INV-" + digits.replaceFirst("^0+", ""),
                "IVN-" + digits,
                "INV" + digits};
        add(payee(invoice), due(invoice), "PMT " + typos[random.nextInt(typos.length)]);
    }

    private void parentPays() {
        ObjectNode subsidiary = open.take(open.anySubsidiaryWith(1, random), random);
        String parentId = JsonPaths.text(customerOf(subsidiary), "parent.id");
        ObjectNode parent = company.rows(SandboxObject.CUSTOMER).stream()
                .filter(c -> c.path("id").asText().equals(parentId)).findFirst().orElseThrow();
        add(bankStyle(parent.path("name").asText()), due(subsidiary), "On behalf of "
                + subsidiary.path("customer").path("name").asText() + ": " + number(subsidiary));
    }

    private void discountTaken() {
        ObjectNode invoice = open.take(open.anyCustomerWith(1, random), random);
        BigDecimal discount = due(invoice).multiply(new BigDecimal("0.02")).setScale(2, java.math.RoundingMode.HALF_UP);
        add(payee(invoice), due(invoice).subtract(discount), number(invoice) + " less 2% discount " + money(discount));
    }

    private void unknownPayer() {
        String payee = DemoNames.UNKNOWN_PAYERS.get(random.nextInt(DemoNames.UNKNOWN_PAYERS.size()));
        BigDecimal amount = BigDecimal.valueOf(5000 + random.nextInt(500000)).movePointLeft(2);
        add(bankStyle(payee), amount, random.nextBoolean() ? "" : "REF " + (80000 + random.nextInt(10000)));
    }

    private void add(String payee, BigDecimal amount, String remittance) {
        ObjectNode line = NODES.objectNode();
        line.putObject("financialAccount").put("id", "BOA-OPERATING").put("name", "Bank of America operating")
                .put("accountType", "bank").put("currency", "USD");
        line.put("txnType", "deposit");
        line.put("postingDate", asOf.minusDays(1 + random.nextInt(5)).toString());
        line.put("documentType", "deposit");
        line.put("documentNumber", "");
        line.put("amount", Decimals.text(amount));
        line.put("description", "ACH CREDIT " + payee);
        line.put("payee", payee);
        line.put("extendedDescription", remittance);
        line.put("bankReferenceNumber", "TRC" + (reference++) + (100 + random.nextInt(900)));
        line.putObject("reconciliationInformation").put("status", "unmatched").put("amountToMatch", Decimals.text(amount));
        company.insert(SandboxObject.BANK_TRANSACTION, line);
    }

    private ObjectNode customerOf(ObjectNode invoice) {
        return company.live(SandboxObject.CUSTOMER, invoice.path("customer").path("key").asText()).orElseThrow();
    }

    private String payee(ObjectNode invoice) {
        ObjectNode customer = customerOf(invoice);
        return bankStyle(JsonPaths.text(customer, "contacts.default.printAs"));
    }

    /** Banks upper-case payer names, drop punctuation and cut them at 16 characters. */
    static String bankStyle(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", "").replaceAll("\\s+", " ").trim();
        return upper.length() > 16 ? upper.substring(0, 16).trim() : upper;
    }

    private static BigDecimal due(ObjectNode invoice) {
        return new BigDecimal(invoice.path("totalTxnAmountDue").asText());
    }

    private static String number(ObjectNode invoice) {
        return invoice.path("invoiceNumber").asText();
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.US, "%,.2f", amount);
    }
}
