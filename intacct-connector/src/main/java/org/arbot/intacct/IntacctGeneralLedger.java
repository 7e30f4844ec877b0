package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arbot.core.close.GeneralLedger;
import org.arbot.core.close.GlAccount;
import org.arbot.core.close.JournalLine;
import org.arbot.core.money.Money;

/**
 * The {@link GeneralLedger} over Intacct's REST API v1: accounts from {@code general-ledger/account}, lines from
 * {@code general-ledger/journal-entry-line} joined with their {@code journal-entry} headers, and balances summed from
 * the posted lines through the query service (the report services answer 202 with a report id whose result path the
 * specification does not define, so they are not used).
 */
public final class IntacctGeneralLedger implements GeneralLedger {

    static final String ACCOUNTS = "general-ledger/account";
    static final String LINES = "general-ledger/journal-entry-line";
    static final String ENTRIES = "general-ledger/journal-entry";
    private static final List<String> LINE_FIELDS = List.of("key", "txnType", "baseAmount", "entryDate", "documentId",
            "description", "glAccount.id", "journalEntry.key", "state");
    private static final List<String> ENTRY_FIELDS = List.of("key", "glJournal.id", "moduleName", "description",
            "postingDate", "audit.createdByUser.id");

    private final IntacctHttp http;
    private final List<String> receivablesAccounts;

    IntacctGeneralLedger(IntacctHttp http, List<String> receivablesAccounts) {
        this.http = http;
        this.receivablesAccounts = List.copyOf(receivablesAccounts);
    }

    /** A general ledger whose AR control accounts are the given account numbers; nothing is sent until the first call. */
    public static IntacctGeneralLedger connect(IntacctSettings settings, Clock clock, List<String> receivablesAccounts) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        return new IntacctGeneralLedger(new IntacctHttp(settings, clock, client, new ObjectMapper(),
                IntacctCalls.standard(settings.timeout())), receivablesAccounts);
    }

    @Override
    public List<GlAccount> receivablesAccounts() {
        return query(ACCOUNTS, List.of("key", "id", "name")).whereIn("id", receivablesAccounts).orderBy("id", "asc")
                .all(http).stream().map(row -> new GlAccount(RowValues.text(row, "id"), RowValues.text(row, "name"))).toList();
    }

    @Override
    public Money balance(GlAccount account, YearMonth period) {
        Money balance = Money.zero(Money.currencyOf(IntacctReads.BASE_CURRENCY));
        for (JsonNode line : lineRows(account, LocalDate.of(1900, 1, 1), period.atEndOfMonth())) {
            balance = balance.plus(signed(line));
        }
        return balance;
    }

    @Override
    public List<JournalLine> lines(GlAccount account, LocalDate from, LocalDate to) {
        Map<String, JsonNode> entries = query(ENTRIES, ENTRY_FIELDS).where("$gte", "postingDate", from.toString())
                .where("$lte", "postingDate", to.toString()).where("$eq", "state", "posted").allFiltersHold().all(http)
                .stream().collect(Collectors.toMap(row -> RowValues.text(row, "key"), Function.identity(), (a, b) -> a));
        return lineRows(account, from, to).stream().map(line -> journalLine(line, entries.get(
                RowValues.text(line, "journalEntry.key")))).toList();
    }

    private List<JsonNode> lineRows(GlAccount account, LocalDate from, LocalDate to) {
        return query(LINES, LINE_FIELDS).where("$eq", "glAccount.id", account.id()).where("$eq", "state", "posted")
                .where("$gte", "entryDate", from.toString()).where("$lte", "entryDate", to.toString()).allFiltersHold()
                .orderBy("entryDate", "asc").all(http);
    }

    private static JournalLine journalLine(JsonNode line, JsonNode entry) {
        JsonNode header = entry == null ? line : entry;
        return new JournalLine(RowValues.text(line, "journalEntry.key"),
                RowValues.optional(header, "glJournal.id").orElse(""), RowValues.optional(header, "moduleName").orElse(""),
                RowValues.date(line, "entryDate"), signed(line), RowValues.optional(line, "documentId").orElse(""),
                RowValues.optional(header, "description").orElse(""), Money.currencyOf(IntacctReads.BASE_CURRENCY),
                RowValues.optional(header, "audit.createdByUser.id").orElse(""));
    }

    /** Debit positive, credit negative, in the base currency. */
    private static Money signed(JsonNode line) {
        Money amount = RowValues.money(line, "baseAmount", IntacctReads.BASE_CURRENCY);
        return "credit".equals(RowValues.optional(line, "txnType").orElse("debit")) ? amount.negate() : amount;
    }

    private IntacctQuery query(String object, List<String> fields) {
        return IntacctQuery.of(http.json(), object, fields);
    }
}
