package org.arbot.core.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.arbot.core.ar.Customer;

/**
 * Reads the intent and entities of a turn offline: button presses by their action id, text by patterns first, then
 * by the nearest example in sentence-embedding space, then by a bare customer name (a summary); otherwise
 * {@link Intent#UNKNOWN}. Customer names resolve against the ledger's customers through {@link CustomerResolver}.
 */
public final class IntentParser {

    private static final Map<Intent, Set<Entity>> WANTED = new EnumMap<>(Map.ofEntries(
            Map.entry(Intent.APPROVE, Set.of(Entity.DOCUMENT)),
            Map.entry(Intent.DECLINE, Set.of(Entity.DOCUMENT)),
            Map.entry(Intent.REASSIGN, Set.of(Entity.DOCUMENT, Entity.ASSIGNEE)),
            Map.entry(Intent.EXPLAIN_SHORT_PAY, Set.of(Entity.CUSTOMER, Entity.PAYMENT)),
            Map.entry(Intent.EXPLAIN_DECISION, Set.of(Entity.DOCUMENT)),
            Map.entry(Intent.PAYMENT_HISTORY, Set.of(Entity.CUSTOMER, Entity.PERIOD)),
            Map.entry(Intent.CUSTOMER_SUMMARY, Set.of(Entity.CUSTOMER)),
            Map.entry(Intent.AGING, Set.of(Entity.CUSTOMER, Entity.SCOPE)),
            Map.entry(Intent.UNMATCHED_PAYMENTS, Set.of(Entity.MIN_AMOUNT, Entity.CUSTOMER)),
            Map.entry(Intent.DEDUCTIONS, Set.of(Entity.CUSTOMER, Entity.REASON)),
            Map.entry(Intent.CREDIT_STATUS, Set.of(Entity.DOCUMENT, Entity.CUSTOMER)),
            Map.entry(Intent.FORECAST_CASH, Set.of(Entity.HORIZON)),
            Map.entry(Intent.FORECAST_DSO, Set.of(Entity.PERIOD, Entity.CHANGE)),
            Map.entry(Intent.SEND_REMINDER, Set.of(Entity.CUSTOMER, Entity.DOCUMENT)),
            Map.entry(Intent.PROMISE_TO_PAY, Set.of(Entity.CUSTOMER, Entity.AMOUNT, Entity.DATE))));
    private static final Map<String, Intent> BUTTONS = Map.of("approve", Intent.APPROVE, "decline", Intent.DECLINE,
            "reassign", Intent.REASSIGN, "explain", Intent.EXPLAIN_DECISION, "remind", Intent.SEND_REMINDER,
            "summary", Intent.CUSTOMER_SUMMARY, "aging", Intent.AGING, "help", Intent.HELP,
            "unmatched", Intent.UNMATCHED_PAYMENTS, "queue", Intent.MY_QUEUE);
    /** A question about "them" or "it" names no one, so it is not about everyone either: the focus answers it. */
    private static final Pattern REFERS_BACK = Pattern.compile("\\b(their|they|them|it|its|this|that|he|she|his|her)\\b");
    private static final Pattern ASKS_WHY_MOVED = Pattern.compile("\\b(why|what (drove|moved|pushed))\\b.*\\b(up|down|higher|lower|rise|rising|rose|increase[ds]?|jump(ed)?|drop(ped)?|fell|moved|worse|better)\\b");

    /** The confidence of a message that only names a customer: a summary, or the last question asked again for them. */
    public static final double BARE_NAME = 0.5;

    private final Supplier<List<Customer>> customers;
    private final EmbeddingIntents embeddings;
    private final Clock clock;

    /**
     * @param customers the ledger's customers, read when a message may name one
     * @param embeddings a sentence-embedding model for the fallback; {@code text -> new float[1]} switches it off
     */
    public IntentParser(Supplier<List<Customer>> customers, Function<String, float[]> embeddings, Clock clock) {
        this.customers = customers;
        this.embeddings = new EmbeddingIntents(embeddings);
        this.clock = clock;
    }

    public ParsedIntent parse(TurnInput input) {
        return read(input).parsed();
    }

    public Reading read(TurnInput input) {
        if (input instanceof TurnInput.Pressed pressed) {
            return new Reading(pressed(pressed), List.of());
        }
        ChatText text = ChatText.of(((TurnInput.Said) input).text());
        String names = Dates.withoutDates(Documents.withoutReferences(text.words()));
        CustomerMatch customer = CustomerResolver.resolve(names, customers.get());
        Optional<Intent> intent = IntentPatterns.match(text);
        double confidence = 1.0;
        if (intent.isEmpty()) {
            Optional<ParsedIntent> near = embeddings.nearest(text.words());
            if (near.isPresent()) {
                intent = Optional.of(near.get().intent());
                confidence = near.get().confidence();
            }
        }
        if (intent.isEmpty() && !(customer instanceof CustomerMatch.None)) {
            intent = Optional.of(Intent.CUSTOMER_SUMMARY);
            confidence = BARE_NAME;
        }
        if (intent.isEmpty()) {
            return new Reading(ParsedIntent.unknown(), List.of());
        }
        return entities(intent.get(), confidence, text, customer);
    }

    private Reading entities(Intent intent, double confidence, ChatText text, CustomerMatch customer) {
        Set<Entity> wanted = WANTED.getOrDefault(intent, Set.of());
        String words = text.words();
        String bare = Periods.withoutSpans(Dates.withoutDates(Documents.withoutReferences(words)));
        LocalDate today = LocalDate.now(clock);
        Map<Entity, String> found = new EnumMap<>(Entity.class);
        Documents.document(words).ifPresent(d -> found.put(Entity.DOCUMENT, d));
        Documents.payment(words).ifPresent(p -> found.put(Entity.PAYMENT, p));
        text.mentions().stream().findFirst().ifPresent(a -> found.put(Entity.ASSIGNEE, a));
        Amounts.first(bare).ifPresent(a -> found.put(intent == Intent.UNMATCHED_PAYMENTS ? Entity.MIN_AMOUNT : Entity.AMOUNT, a));
        Dates.first(Documents.withoutReferences(words), today).ifPresent(d -> found.put(Entity.DATE, d.toString()));
        Periods.horizon(words).ifPresent(h -> found.put(Entity.HORIZON, h));
        Periods.period(words).ifPresent(p -> found.put(Entity.PERIOD, p));
        Reasons.first(words).ifPresent(r -> found.put(Entity.REASON, r));
        if (ASKS_WHY_MOVED.matcher(words).find()) {
            found.put(Entity.CHANGE, "why");
        }
        List<Customer> ambiguous = List.of();
        if (customer instanceof CustomerMatch.Found one) {
            found.put(Entity.CUSTOMER, one.customer().id().value());
        } else if (customer instanceof CustomerMatch.Ambiguous several && wanted.contains(Entity.CUSTOMER)) {
            ambiguous = several.candidates();
        }
        if (intent == Intent.AGING && !found.containsKey(Entity.CUSTOMER) && ambiguous.isEmpty()
                && !REFERS_BACK.matcher(words).find()) {
            found.put(Entity.SCOPE, "all");
        }
        found.keySet().retainAll(wanted);
        return new Reading(new ParsedIntent(intent, found, confidence), ambiguous);
    }

    private ParsedIntent pressed(TurnInput.Pressed press) {
        Intent intent = BUTTONS.getOrDefault(press.action(), Intent.UNKNOWN);
        Map<Entity, String> entities = new EnumMap<>(Entity.class);
        String value = press.value().trim();
        if (!value.isEmpty()) {
            Optional<String> document = Documents.document(value.toLowerCase(java.util.Locale.ROOT));
            if (document.isPresent()) {
                entities.put(Entity.DOCUMENT, document.get());
            } else {
                entities.put(Entity.CUSTOMER, value);
            }
        }
        entities.keySet().retainAll(WANTED.getOrDefault(intent, Set.of()));
        return new ParsedIntent(intent, entities, intent == Intent.UNKNOWN ? 0 : 1.0);
    }
}
