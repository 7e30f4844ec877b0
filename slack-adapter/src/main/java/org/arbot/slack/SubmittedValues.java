package org.arbot.slack;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values of a submitted view's input blocks, by block id (each of arbot's input blocks has one element). */
final class SubmittedValues {

    private final Map<String, Map<String, ViewState.Value>> values;

    SubmittedValues(View view) {
        this.values = view.getState() == null || view.getState().getValues() == null ? Map.of() : view.getState().getValues();
    }

    private Optional<ViewState.Value> value(String blockId) {
        return Optional.ofNullable(values.get(blockId)).flatMap(m -> m.values().stream().findFirst());
    }

    /** A text input's value, stripped; empty when blank. */
    Optional<String> text(String blockId) {
        return value(blockId).map(ViewState.Value::getValue).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A {@code datepicker}'s date, {@code yyyy-MM-dd}. */
    Optional<String> date(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedDate).filter(s -> !s.isBlank());
    }

    /** A {@code users_select}'s user id. */
    Optional<String> user(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedUser).filter(s -> !s.isBlank());
    }

    /** A single select's chosen option value. */
    Optional<String> option(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue)
                .filter(s -> !s.isBlank());
    }

    /** The values of a multi-select's chosen options, in the order shown. */
    List<String> options(String blockId) {
        return value(blockId).map(ViewState.Value::getSelectedOptions).orElse(List.of()).stream()
                .map(ViewState.SelectedOption::getValue).toList();
    }
}
