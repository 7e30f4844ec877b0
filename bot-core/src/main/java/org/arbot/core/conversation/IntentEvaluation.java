package org.arbot.core.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;

/**
 * The intent evaluation set ({@code intents/evaluation.txt} on the class path): utterances with their expected intent
 * and entities, the customers they are judged against and the day relative dates count from.
 */
public record IntentEvaluation(List<Example> examples, List<Customer> customers, LocalDate today) {

    public static final String RESOURCE = "/intents/evaluation.txt";
    /** Utterances written after the parser was tuned, kept apart to show how the figures carry over to new phrasing. */
    public static final String UNSEEN = "/intents/unseen.txt";

    /** One utterance; {@code text} of the form {@code [button ACTION VALUE]} stands for a button press. */
    public record Example(Intent intent, String text, Map<Entity, String> entities) {

        public TurnInput input() {
            if (text.startsWith("[button ") && text.endsWith("]")) {
                String[] parts = text.substring(8, text.length() - 1).split(" ", 2);
                return new TurnInput.Pressed(parts[0], parts.length > 1 ? parts[1] : "");
            }
            return new TurnInput.Said(text);
        }
    }

    public IntentEvaluation {
        examples = List.copyOf(examples);
        customers = List.copyOf(customers);
    }

    public static IntentEvaluation load() {
        return load(RESOURCE);
    }

    public static IntentEvaluation load(String resource) {
        try (InputStream in = IntentEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the evaluation set " + resource + " is not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IntentEvaluation parse(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        for (String line : lines) {
            if (line.startsWith("# today:")) {
                today = LocalDate.parse(line.substring(8).trim());
            } else if (line.startsWith("# customer:")) {
                customers.add(customer(line.substring(11)));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\\|", -1);
                if (fields.length != 3) {
                    throw new IllegalArgumentException("evaluation line needs INTENT | text | entities: " + line);
                }
                examples.add(new Example(Intent.valueOf(fields[0].trim()), fields[1].trim(), entities(fields[2])));
            }
        }
        return new IntentEvaluation(examples, customers, today);
    }

    /** Parses every example with patterns plus {@code embeddings} and scores the result. */
    public IntentScores run(Function<String, float[]> embeddings) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        IntentParser parser = new IntentParser(() -> customers, embeddings, clock);
        List<IntentScores.Outcome> outcomes = examples.stream()
                .map(e -> new IntentScores.Outcome(e, parser.parse(e.input()))).toList();
        return new IntentScores(outcomes);
    }

    private static Customer customer(String spec) {
        String[] idAndNames = spec.split("=", 2);
        List<String> names = Arrays.stream(idAndNames[1].split(";")).map(String::trim).toList();
        return new Customer(CustomerId.of(idAndNames[0].trim()), names.get(0), Optional.empty(), Money.zero("USD"),
                Terms.net(30), CollectorId.of("collector"), false, names.subList(1, names.size()));
    }

    private static Map<Entity, String> entities(String field) {
        Map<Entity, String> entities = new EnumMap<>(Entity.class);
        for (String pair : field.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            Entity entity = Entity.byKey(kv[0].trim())
                    .orElseThrow(() -> new IllegalArgumentException("unknown entity '" + kv[0].trim() + "'"));
            entities.put(entity, kv[1].trim());
        }
        return entities;
    }
}
