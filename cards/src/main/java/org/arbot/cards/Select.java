package org.arbot.cards;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A choice among options (one, or several when {@code multiple}), submitted under {@code id} as option values. */
public record Select(String id, String label, List<Option> options, boolean multiple, List<String> selected)
        implements Input {

    /** Slack's static select holds 100 options. */
    public static final int MAX_OPTIONS = 100;

    public Select {
        Input.requireInputId(id);
        Objects.requireNonNull(label, "label");
        options = List.copyOf(options);
        selected = List.copyOf(selected);
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("select '" + id + "' has 1 to " + MAX_OPTIONS + " options, not " + options.size());
        }
        var values = new HashSet<String>();
        options.forEach(o -> {
            if (!values.add(o.value())) {
                throw new IllegalArgumentException("select '" + id + "' repeats option value '" + o.value() + "'");
            }
        });
        if (!values.containsAll(selected) || (!multiple && selected.size() > 1)) {
            throw new IllegalArgumentException("select '" + id + "' preselects " + selected + " which it cannot");
        }
    }

    public static Select one(String id, String label, List<Option> options) {
        return new Select(id, label, options, false, List.of());
    }

    public static Select many(String id, String label, List<Option> options, List<String> selected) {
        return new Select(id, label, options, true, selected);
    }
}
