package org.arbot.core.conversation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An intent recognised in a turn with the entities found beside it.
 *
 * @param confidence 1.0 for a pattern or button, the similarity for an embedding match, 0 for {@link Intent#UNKNOWN}
 */
public record ParsedIntent(Intent intent, Map<Entity, String> entities, double confidence) {

    public ParsedIntent {
        Objects.requireNonNull(intent, "intent");
        entities = entities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(entities));
    }

    public static ParsedIntent unknown() {
        return new ParsedIntent(Intent.UNKNOWN, Map.of(), 0);
    }

    public Optional<String> entity(Entity entity) {
        return Optional.ofNullable(entities.get(entity));
    }

    public ParsedIntent with(Entity entity, String value) {
        Map<Entity, String> more = new EnumMap<>(Entity.class);
        more.putAll(entities);
        more.put(entity, value);
        return new ParsedIntent(intent, more, confidence);
    }

    public ParsedIntent without(Entity entity) {
        Map<Entity, String> fewer = new EnumMap<>(Entity.class);
        fewer.putAll(entities);
        fewer.remove(entity);
        return new ParsedIntent(intent, fewer, confidence);
    }
}
