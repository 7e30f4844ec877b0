package org.arbot.core.forecast;

import java.util.List;
import java.util.Objects;

/**
 * An answer to a treasury question: one sentence and the figures behind it, every number taken from the models.
 *
 * @param figures label and value pairs, already formatted
 */
public record ForecastAnswer(String text, List<Figure> figures) {

    /** One labelled figure. */
    public record Figure(String label, String value) {
    }

    public ForecastAnswer {
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
    }
}
