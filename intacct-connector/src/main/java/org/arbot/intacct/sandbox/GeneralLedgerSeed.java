package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The demo company's general ledger: a small chart of accounts with the AR control account {@code 1200}, one posted
 * journal entry per invoice and per payment application as the AR subledger would post them, and one planted manual
 * entry to the AR account on the last day of the month before the as-of date, the variance a month-end check must find.
 */
final class GeneralLedgerSeed {

    static final String RECEIVABLES = "1200";
    static final String PLANTED_AMOUNT = "2500.00";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeneralLedgerSeed() {
    }

    static void generate(DemoCompany company, LocalDate asOf) {
        account(company, "1000", "Bank of America Operating", "debit", false);
        account(company, RECEIVABLES, "Accounts Receivable", "debit", false);
        account(company, "1250", "Undeposited Funds", "debit", false);
        account(company, "2100", "Customer Deposits", "credit", false);
        account(company, "4000", "Sales", "credit", false);
        account(company, "4010", "Sales Returns and Allowances", "debit", false);
        account(company, "4900", "Bad Debt Write-offs", "debit", false);
        for (ObjectNode invoice : company.rows(SandboxObject.INVOICE)) {
            LocalDate date = LocalDate.parse(invoice.path("invoiceDate").asText());
            String number = invoice.path("invoiceNumber").asText();
            JournalEntries.post(company, new JournalEntries.Entry("AR", "4.AR", date, "Invoice " + number, "system",
                    List.of(JournalEntries.line(RECEIVABLES, "debit", invoice.path("totalTxnAmount").asText(), number),
                            JournalEntries.line("4000", "credit", invoice.path("totalTxnAmount").asText(), number))));
        }
        List<ObjectNode> details = company.rows(SandboxObject.PAYMENT_DETAIL);
        details.sort(Comparator.comparing(d -> d.path("paymentDate").asText()));
        for (ObjectNode detail : details) {
            JournalEntries.postApplication(company, detail);
        }
        LocalDate planted = YearMonth.from(asOf).minusMonths(1).atEndOfMonth();
        JournalEntries.post(company, new JournalEntries.Entry("GJ", "2.GL", planted,
                "Reclass customer deposit to receivables", "jsmith",
                List.of(JournalEntries.line(RECEIVABLES, "debit", PLANTED_AMOUNT, ""),
                        JournalEntries.line("2100", "credit", PLANTED_AMOUNT, ""))));
    }

    private static void account(DemoCompany company, String id, String name, String normalBalance, boolean disallowDirect) {
        ObjectNode account = NODES.objectNode();
        account.put("id", id).put("name", name).put("status", "active");
        account.put("accountType", id.startsWith("4") ? "incomeStatement" : "balanceSheet");
        account.put("normalBalance", normalBalance).put("closingType", "nonClosingAccount");
        account.put("alternativeGLAccount", "none").put("disallowDirectPosting", disallowDirect);
        company.insert(SandboxObject.GL_ACCOUNT, account);
    }

}
