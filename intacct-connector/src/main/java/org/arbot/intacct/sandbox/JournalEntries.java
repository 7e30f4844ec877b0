package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Posts general-ledger journal entries in the sandbox: the header as {@code general-ledger/journal-entry} and each line
 * as {@code general-ledger/journal-entry-line}, so both the object endpoints and the query service serve them.
 */
final class JournalEntries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A balanced entry to post: journal id, module name ({@code 4.AR}, {@code 2.GL}), date, description, author, lines. */
    record Entry(String journal, String module, LocalDate postingDate, String description, String createdBy,
            List<ObjectNode> lines) {
    }

    private JournalEntries() {
    }

    static ObjectNode line(String account, String txnType, String amount, String documentId) {
        ObjectNode line = NODES.objectNode();
        line.put("txnType", txnType);
        line.put("txnAmount", Decimals.text(new BigDecimal(amount)));
        line.putObject("glAccount").put("id", account);
        line.put("documentId", documentId);
        return line;
    }

    /** The AR subledger's posting for one payment application: cash or credit in, receivables out. */
    static void postApplication(DemoCompany company, ObjectNode detail) {
        BigDecimal cash = new BigDecimal(detail.path("txnCurrency").path("paymentAmount").asText("0"));
        BigDecimal credit = new BigDecimal(detail.path("txnCurrency").path("adjustmentAmount").asText("0"));
        BigDecimal total = cash.add(credit);
        if (total.signum() == 0) {
            return;
        }
        String payment = detail.path("arPayment").path("key").asText();
        String offset = cash.signum() > 0 ? "1250" : "4010";
        post(company, new Entry("AR", "4.AR", LocalDate.parse(detail.path("paymentDate").asText()),
                "Payment " + payment, "system",
                List.of(line(offset, "debit", Decimals.text(total), payment),
                        line(GeneralLedgerSeed.RECEIVABLES, "credit", Decimals.text(total), payment))));
    }

    static ObjectNode post(DemoCompany company, Entry entry) {
        ObjectNode header = NODES.objectNode();
        header.putObject("glJournal").put("id", entry.journal());
        header.put("postingDate", entry.postingDate().toString());
        header.put("description", entry.description());
        header.put("moduleName", entry.module());
        header.put("state", "posted");
        header.putObject("audit").putObject("createdByUser").put("id", entry.createdBy());
        ObjectNode stored = company.insert(SandboxObject.JOURNAL_ENTRY, header);
        stored.put("txnNumber", Integer.parseInt(stored.path("key").asText()));
        ArrayNode lines = stored.putArray("lines");
        int number = 1;
        for (ObjectNode line : entry.lines()) {
            ObjectNode copy = line.deepCopy();
            copy.put("lineNumber", number++);
            copy.put("baseAmount", copy.path("txnAmount").asText());
            copy.put("entryDate", entry.postingDate().toString());
            copy.put("state", "posted");
            copy.putObject("currency").put("txnCurrency", "USD").put("baseCurrency", "USD");
            copy.putObject("journalEntry").put("key", stored.path("key").asText()).put("id", stored.path("id").asText())
                    .put("href", SandboxObject.JOURNAL_ENTRY.href(stored.path("key").asText()));
            lines.add(company.insert(SandboxObject.JOURNAL_ENTRY_LINE, copy).deepCopy());
        }
        return stored;
    }
}
