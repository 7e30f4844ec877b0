package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's demo company: every record as the REST API returns it, keyed by object and record key.
 *
 * <p>Reads hand out copies, so a test can look without changing anything; the sandbox itself changes records through
 * package-private methods under this object's lock.
 */
public final class DemoCompany {

    private final LocalDate asOf;
    private final Map<SandboxObject, Map<String, ObjectNode>> tables = new EnumMap<>(SandboxObject.class);
    private final Map<SandboxObject, Integer> lastKeys = new EnumMap<>(SandboxObject.class);

    DemoCompany(LocalDate asOf) {
        this.asOf = asOf;
        for (SandboxObject object : SandboxObject.values()) {
            tables.put(object, new LinkedHashMap<>());
            lastKeys.put(object, firstKey(object) - 1);
        }
    }

    /** The date the company was generated for: its history ends the day before. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Copies of every record of the named object ({@code accounts-receivable/invoice}, ...), in key order. */
    public synchronized List<JsonNode> records(String objectName) {
        SandboxObject object = SandboxObject.named(objectName)
                .orElseThrow(() -> new IllegalArgumentException("the sandbox has no object " + objectName));
        List<JsonNode> copies = new ArrayList<>();
        tables.get(object).values().forEach(row -> copies.add(row.deepCopy()));
        return copies;
    }

    /** A copy of one record, when the key exists. */
    public synchronized Optional<JsonNode> record(String objectName, String key) {
        return SandboxObject.named(objectName).map(tables::get).map(t -> t.get(key)).map(ObjectNode::deepCopy);
    }

    /** Adds a record under the next key, filling {@code key}, {@code href} and, unless given, {@code id}. */
    synchronized ObjectNode insert(SandboxObject object, ObjectNode row) {
        int key = lastKeys.merge(object, 1, Integer::sum);
        String text = String.valueOf(key);
        ObjectNode keyed = row.objectNode();
        keyed.put("key", text);
        if (!row.has("id")) {
            keyed.put("id", text);
        }
        keyed.setAll(row);
        if (object.recordsCarryHref()) {
            keyed.put("href", object.href(text));
        }
        tables.get(object).put(text, keyed);
        return keyed;
    }

    /** The live record, for the sandbox's own writes. */
    synchronized Optional<ObjectNode> live(SandboxObject object, String key) {
        return Optional.ofNullable(tables.get(object).get(key));
    }

    /** Live records, for the sandbox's queries and writes; callers hold this object's lock. */
    synchronized List<ObjectNode> rows(SandboxObject object) {
        return new ArrayList<>(tables.get(object).values());
    }

    synchronized DemoCompany copy() {
        DemoCompany copy = new DemoCompany(asOf);
        tables.forEach((object, rows) -> rows.forEach((key, row) -> copy.tables.get(object).put(key, row.deepCopy())));
        copy.lastKeys.putAll(lastKeys);
        return copy;
    }

    /** Keys start at different numbers per object, so that a key read from the wrong object is not found by accident. */
    private static int firstKey(SandboxObject object) {
        return switch (object) {
            case CUSTOMER -> 101;
            case TERM -> 11;
            case INVOICE -> 20001;
            case PAYMENT -> 50001;
            case PAYMENT_DETAIL -> 60001;
            case ADJUSTMENT -> 70001;
            case SALES_ORDER -> 451;
            case BANK_TRANSACTION -> 6201;
            case GL_ACCOUNT -> 301;
            case JOURNAL_ENTRY -> 30001;
            case JOURNAL_ENTRY_LINE -> 90001;
        };
    }
}
