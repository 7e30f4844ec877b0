package org.arbot.core.conversation.llm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.arbot.core.ar.Customer;
import org.arbot.core.conversation.Answers;
import org.arbot.core.conversation.CustomerMatch;
import org.arbot.core.conversation.CustomerResolver;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.llm.ModelMessage.ToolCall;

/**
 * The tools a language model may call: one per question the deterministic engine answers, run through the same
 * {@link Answers}, and {@code propose_action}, which only records what the model proposes. No tool writes anything.
 */
final class LedgerTools {

    static final String PROPOSE = "propose_action";

    private static final Map<Intent, String> QUESTIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(Intent.CUSTOMER_SUMMARY, "A customer's open balance, overdue amount, credit limit and hold status."),
            Map.entry(Intent.AGING, "Open invoices in aging buckets (current, 1-30, 31-60, 61-90, over 90), for one customer or all."),
            Map.entry(Intent.EXPLAIN_SHORT_PAY, "Why a customer paid less than invoiced: payment, invoices, deductions, remittance, next step."),
            Map.entry(Intent.PAYMENT_HISTORY, "A customer's payments in a period and the invoices each paid."),
            Map.entry(Intent.UNMATCHED_PAYMENTS, "Bank receipts not yet applied to invoices."),
            Map.entry(Intent.DEDUCTIONS, "Open and recently resolved deductions, by customer and reason."),
            Map.entry(Intent.CREDIT_STATUS, "The credit decision for a sales order or a customer, with its risk score and reasons."),
            Map.entry(Intent.EXPLAIN_DECISION, "Why a credit decision on an order came out as it did."),
            Map.entry(Intent.MY_QUEUE, "Proposals waiting for the asking person, and their top priority accounts."),
            Map.entry(Intent.PRIORITY_LIST, "Accounts to call first, ranked by overdue amount and risk."),
            Map.entry(Intent.FORECAST_CASH, "Expected cash receipts over a horizon, with P10 and P90."),
            Map.entry(Intent.FORECAST_DSO, "Days sales outstanding for a period, and what moved it."),
            Map.entry(Intent.SEND_REMINDER, "A draft payment reminder for a customer (drafted only, never sent).")));
    private static final Map<Intent, List<Entity>> PARAMETERS = new EnumMap<>(Map.ofEntries(
            Map.entry(Intent.CUSTOMER_SUMMARY, List.of(Entity.CUSTOMER)),
            Map.entry(Intent.AGING, List.of(Entity.CUSTOMER, Entity.SCOPE)),
            Map.entry(Intent.EXPLAIN_SHORT_PAY, List.of(Entity.CUSTOMER, Entity.PAYMENT)),
            Map.entry(Intent.PAYMENT_HISTORY, List.of(Entity.CUSTOMER, Entity.PERIOD)),
            Map.entry(Intent.UNMATCHED_PAYMENTS, List.of(Entity.MIN_AMOUNT, Entity.CUSTOMER)),
            Map.entry(Intent.DEDUCTIONS, List.of(Entity.CUSTOMER, Entity.REASON)),
            Map.entry(Intent.CREDIT_STATUS, List.of(Entity.DOCUMENT, Entity.CUSTOMER)),
            Map.entry(Intent.EXPLAIN_DECISION, List.of(Entity.DOCUMENT)),
            Map.entry(Intent.MY_QUEUE, List.of()),
            Map.entry(Intent.PRIORITY_LIST, List.of()),
            Map.entry(Intent.FORECAST_CASH, List.of(Entity.HORIZON)),
            Map.entry(Intent.FORECAST_DSO, List.of(Entity.PERIOD, Entity.CHANGE)),
            Map.entry(Intent.SEND_REMINDER, List.of(Entity.CUSTOMER, Entity.DOCUMENT))));
    private static final Map<Entity, String> MEANING = new EnumMap<>(Map.ofEntries(
            Map.entry(Entity.CUSTOMER, "the customer's name as the user typed it, or its id"),
            Map.entry(Entity.PAYMENT, "a payment or bank line reference such as BL-3302"),
            Map.entry(Entity.DOCUMENT, "an order, invoice or proposal number such as SO-2231 or PRP-311"),
            Map.entry(Entity.ASSIGNEE, "who to reassign to: a mention such as <@U123> or @name"),
            Map.entry(Entity.AMOUNT, "an amount with two decimals, e.g. 12500.00"),
            Map.entry(Entity.MIN_AMOUNT, "only payments of at least this amount, e.g. 5000.00"),
            Map.entry(Entity.DATE, "an ISO date, e.g. 2026-12-04"),
            Map.entry(Entity.HORIZON, "an ISO period, e.g. P28D for four weeks"),
            Map.entry(Entity.PERIOD, "last_month, this_month, this_quarter, last_quarter, ytd, Q1..Q4 or an ISO period"),
            Map.entry(Entity.REASON, "DAMAGE, SHORTAGE, PRICING, PROMOTION, FREIGHT, EARLY_PAY_DISCOUNT, RETURN or TAX"),
            Map.entry(Entity.SCOPE, "all, for every customer"),
            Map.entry(Entity.CHANGE, "why, to explain what moved the figure")));
    private static final List<Intent> ACTIONS = List.of(Intent.APPROVE, Intent.DECLINE, Intent.REASSIGN, Intent.PROMISE_TO_PAY);

    private final Answers answers;
    private final Supplier<List<Customer>> customers;

    LedgerTools(Answers answers, Supplier<List<Customer>> customers) {
        this.answers = answers;
        this.customers = customers;
    }

    /** What a call gave: the question it answered (or the action it proposes) and what to tell the model. */
    record Outcome(ParsedIntent parsed, Optional<Reply> reply, String result) {
        boolean proposes() {
            return parsed.intent().acts();
        }
    }

    List<ToolDescription> descriptions() {
        List<ToolDescription> tools = new ArrayList<>();
        QUESTIONS.forEach((intent, text) -> tools.add(new ToolDescription(name(intent), text,
                PARAMETERS.get(intent).stream().map(e -> parameter(e, false)).toList())));
        List<ToolDescription.Parameter> proposal = new ArrayList<>();
        proposal.add(new ToolDescription.Parameter("action", "the action the user asked for", true,
                ACTIONS.stream().map(LedgerTools::name).toList()));
        List.of(Entity.DOCUMENT, Entity.ASSIGNEE, Entity.CUSTOMER, Entity.AMOUNT, Entity.DATE)
                .forEach(e -> proposal.add(parameter(e, false)));
        tools.add(new ToolDescription(PROPOSE, "Propose an action the user asked for. It is NOT carried out: the user is "
                + "asked to confirm it. Use only when the user's own message asks for the action.", proposal));
        return tools;
    }

    Outcome run(ToolCall call, String actor) {
        Optional<Intent> intent = PROPOSE.equals(call.name())
                ? byName(call.arguments().getOrDefault("action", ""), ACTIONS)
                : byName(call.name(), List.copyOf(QUESTIONS.keySet()));
        if (intent.isEmpty()) {
            return new Outcome(ParsedIntent.unknown(), Optional.empty(), "There is no tool or action named " + call.name() + ".");
        }
        Map<Entity, String> entities = new EnumMap<>(Entity.class);
        for (Map.Entry<String, String> argument : call.arguments().entrySet()) {
            Optional<Entity> entity = Entity.byKey(argument.getKey());
            if (entity.isPresent() && !argument.getValue().isBlank()) {
                entities.put(entity.get(), argument.getValue().trim());
            }
        }
        if (entities.containsKey(Entity.CUSTOMER)) {
            CustomerMatch match = customer(entities.get(Entity.CUSTOMER));
            if (!(match instanceof CustomerMatch.Found found)) {
                return new Outcome(ParsedIntent.unknown(), Optional.empty(), unresolved(entities.get(Entity.CUSTOMER), match));
            }
            entities.put(Entity.CUSTOMER, found.customer().id().value());
        }
        ParsedIntent parsed = new ParsedIntent(intent.get(), entities, 1.0);
        if (parsed.intent().acts()) {
            return new Outcome(parsed, Optional.empty(), "Proposed. Nothing was done: the user will be asked to confirm.");
        }
        Reply reply = answers.answer(parsed, actor);
        return new Outcome(parsed, Optional.of(reply), reply.text());
    }

    private CustomerMatch customer(String typed) {
        List<Customer> all = customers.get();
        return all.stream().filter(c -> c.id().value().equalsIgnoreCase(typed)).findFirst()
                .<CustomerMatch>map(CustomerMatch.Found::new).orElseGet(() -> CustomerResolver.resolve(typed, all));
    }

    private static String unresolved(String typed, CustomerMatch match) {
        if (match instanceof CustomerMatch.Ambiguous ambiguous) {
            return "Several customers match \"" + typed + "\": " + ambiguous.candidates().stream()
                    .map(c -> c.name() + " (" + c.id().value() + ")").collect(Collectors.joining(", "))
                    + ". Ask the user which one they mean.";
        }
        return "No customer matches \"" + typed + "\".";
    }

    private static ToolDescription.Parameter parameter(Entity entity, boolean required) {
        return new ToolDescription.Parameter(entity.key(), MEANING.get(entity), required, List.of());
    }

    static String name(Intent intent) {
        return intent.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<Intent> byName(String name, List<Intent> among) {
        return among.stream().filter(i -> name(i).equalsIgnoreCase(name.trim())).findFirst();
    }
}
