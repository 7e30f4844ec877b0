package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * PATCH on customers and sales orders: only the fields sent change, a field the sandbox does not let the bot change
 * is refused with its target, as Intacct refuses unknown or read-only fields.
 */
final class RecordUpdates {

    private static final Set<String> CUSTOMER_FIELDS = Set.of("creditLimit", "isOnHold", "term", "notes");
    private static final Set<String> ORDER_FIELDS = Set.of("state", "memo", "notes", "referenceNumber", "customerPONumber");
    private static final Set<String> EDITABLE_ORDER_STATES = Set.of("draft", "pending");

    private RecordUpdates() {
    }

    static ObjectNode patchCustomer(DemoCompany company, String key, JsonNode patch) {
        ObjectNode customer = company.live(SandboxObject.CUSTOMER, key)
                .orElseThrow(() -> SandboxError.notFound("customer " + key));
        requireOnly(patch, CUSTOMER_FIELDS);
        if (patch.has("creditLimit")) {
            if (!patch.get("creditLimit").isNumber() || patch.get("creditLimit").decimalValue().signum() < 0) {
                throw SandboxError.invalid("creditLimit must be a non-negative number", "/creditLimit");
            }
            customer.set("creditLimit", patch.get("creditLimit"));
        }
        if (patch.has("isOnHold")) {
            if (!patch.get("isOnHold").isBoolean()) {
                throw SandboxError.invalid("isOnHold must be true or false", "/isOnHold");
            }
            customer.set("isOnHold", patch.get("isOnHold"));
        }
        if (patch.has("term")) {
            String termId = JsonPaths.text(patch, "term.id");
            ObjectNode term = company.rows(SandboxObject.TERM).stream()
                    .filter(t -> t.path("id").asText().equals(termId) || t.path("key").asText().equals(JsonPaths.text(patch, "term.key")))
                    .findFirst().orElseThrow(() -> SandboxError.invalid("term " + termId + " does not exist", "/term"));
            customer.putObject("term").put("key", term.path("key").asText()).put("id", term.path("id").asText())
                    .put("href", term.path("href").asText());
        }
        if (patch.has("notes")) {
            customer.put("notes", patch.get("notes").asText());
        }
        return customer;
    }

    /** Edits a draft or pending sales order; the only state change allowed is to {@code submitted} (released). */
    static ObjectNode patchOrder(DemoCompany company, String key, JsonNode patch) {
        ObjectNode order = company.live(SandboxObject.SALES_ORDER, key)
                .orElseThrow(() -> SandboxError.notFound("sales order " + key));
        requireOnly(patch, ORDER_FIELDS);
        String state = order.path("state").asText();
        if (!EDITABLE_ORDER_STATES.contains(state)) {
            throw SandboxError.invalid("document " + order.path("id").asText() + " is " + state
                    + "; only draft or pending documents can be edited", null);
        }
        if (patch.has("state")) {
            String next = patch.get("state").asText();
            if (!Set.of("draft", "pending", "submitted").contains(next)) {
                throw SandboxError.invalid("state can only be set to draft, pending or submitted, not " + next, "/state");
            }
            order.put("state", next);
        }
        for (String field : new String[] {"memo", "notes", "referenceNumber", "customerPONumber"}) {
            if (patch.has(field)) {
                order.put(field, patch.get(field).asText());
            }
        }
        return order;
    }

    private static void requireOnly(JsonNode patch, Set<String> allowed) {
        if (!patch.isObject()) {
            throw SandboxError.invalid("a PATCH request requires an object payload", null);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            String field = fields.next().getKey();
            if (!allowed.contains(field)) {
                throw SandboxError.invalid("/" + field + " is not a valid field", "/" + field);
            }
        }
    }
}
