package org.arbot.cards.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.arbot.cards.Element;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.Image;
import org.arbot.cards.Item;
import org.arbot.cards.Items;
import org.arbot.cards.Note;
import org.arbot.cards.Option;
import org.arbot.cards.Paged;
import org.arbot.cards.Select;
import org.arbot.cards.Table;
import org.arbot.cards.Text;
import org.arbot.cards.TextInput;

/** The Adaptive Card body elements of one card element. */
final class TeamsElements {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsElements() {
    }

    /** The elements of {@code element}, showing as much of its long content as {@code fit} allows. */
    static List<ObjectNode> of(Element element, Fit fit) {
        if (element instanceof Header h) {
            return List.of(header(h));
        } else if (element instanceof Text t) {
            return List.of(TeamsText.block(t.text(), fit.paragraph()));
        } else if (element instanceof Note n) {
            return List.of(TeamsText.block(TeamsText.subtle(n.text(), fit.paragraph())));
        } else if (element instanceof Facts f) {
            return List.of(facts(f, fit));
        } else if (element instanceof Table t) {
            return TeamsTables.of(t, fit);
        } else if (element instanceof Items i) {
            return items(i, fit);
        } else if (element instanceof Image i) {
            return List.of(JSON.objectNode().put("type", "Image").put("url", i.url())
                    .put("altText", org.arbot.cards.Abbreviation.abbreviate(i.altText(), 1000)).put("size", "Stretch"));
        } else if (element instanceof TextInput i) {
            return List.of(textInput(i, fit.paragraph()));
        } else if (element instanceof Select s) {
            return List.of(select(s, fit.choices()));
        }
        throw new IllegalArgumentException("no Adaptive Card element for " + element.getClass().getSimpleName());
    }

    private static ObjectNode header(Header h) {
        String style = switch (h.tone()) {
            case NEUTRAL -> "emphasis";
            case GOOD -> "good";
            case WARNING -> "warning";
            case ATTENTION -> "attention";
        };
        ObjectNode container = JSON.objectNode().put("type", "Container").put("style", style).put("bleed", true);
        ArrayNode items = container.putArray("items");
        items.add(TeamsText.block(TeamsText.bold(h.title(), TeamsText.TITLE).put("size", "Large")));
        if (!h.subtitle().isBlank()) {
            items.add(TeamsText.block(TeamsText.subtle(h.subtitle(), TeamsText.TITLE)).put("spacing", "None"));
        }
        return container;
    }

    /**
     * Facts as one two-column row per fact, of text runs so values are never read as Markdown (a {@code FactSet}
     * would be, and a {@code Table} styles its first row as headers).
     */
    private static ObjectNode facts(Facts f, Fit fit) {
        List<Fact> facts = f.facts();
        if (facts.size() > fit.facts()) {
            var shown = new ArrayList<>(facts.subList(0, fit.facts() - 1));
            shown.add(Fact.of("More", (facts.size() - shown.size()) + " more not shown"));
            facts = shown;
        }
        ObjectNode container = JSON.objectNode().put("type", "Container");
        ArrayNode rows = container.putArray("items");
        for (Fact fact : facts) {
            ObjectNode row = rows.addObject().put("type", "ColumnSet").put("spacing", "Small");
            ArrayNode columns = row.putArray("columns");
            columns.addObject().put("type", "Column").put("width", 2).putArray("items")
                    .add(TeamsText.block(TeamsText.bold(fact.label(), fit.cell())));
            columns.addObject().put("type", "Column").put("width", 3).putArray("items")
                    .add(TeamsText.block(fact.value(), fit.cell()));
        }
        return container;
    }

    private static List<ObjectNode> items(Items list, Fit fit) {
        Paged.Page page = list.page(fit.rows());
        var elements = new ArrayList<ObjectNode>();
        for (Item item : list.items().subList(page.from(), page.to())) {
            ObjectNode container = JSON.objectNode().put("type", "Container").put("separator", true);
            ArrayNode items = container.putArray("items");
            items.add(TeamsText.block(TeamsText.bold(item.title(), TeamsText.TITLE)));
            items.add(TeamsText.block(item.detail(), fit.paragraph()).put("spacing", "None"));
            if (!item.actions().isEmpty()) {
                items.add(TeamsActions.set(item.actions()));
            }
            elements.add(container);
        }
        elements.addAll(paging(list, page));
        return elements;
    }

    static List<ObjectNode> paging(Paged list, Paged.Page page) {
        var elements = new ArrayList<ObjectNode>();
        if (page.needsCaption()) {
            elements.add(TeamsText.block(TeamsText.subtle(page.caption(), TeamsText.TITLE)));
        }
        if (page.hasMore()) {
            elements.add(TeamsActions.set(List.of(list.showMore(page))));
        }
        return elements;
    }

    private static ObjectNode textInput(TextInput i, int room) {
        ObjectNode input = JSON.objectNode().put("type", "Input.Text").put("id", i.id())
                .put("label", org.arbot.cards.Abbreviation.abbreviate(i.label(), TeamsText.TITLE))
                .put("isMultiline", i.multiline());
        if (!i.placeholder().isBlank()) {
            input.put("placeholder", org.arbot.cards.Abbreviation.abbreviate(i.placeholder(), TeamsText.TITLE));
        }
        if (!i.initialValue().isEmpty()) {
            input.put("value", org.arbot.cards.Abbreviation.abbreviate(i.initialValue(), room));
        }
        return input;
    }

    /**
     * A choice set of at most {@code room} choices (preselected ones first); several chosen values are submitted
     * comma-separated, as Adaptive Cards do.
     */
    private static ObjectNode select(Select s, int room) {
        List<Option> shown = s.options().stream()
                .sorted(java.util.Comparator.comparing(o -> !s.selected().contains(o.value())))
                .limit(room).toList();
        String label = shown.size() < s.options().size()
                ? s.label() + " (" + shown.size() + " of " + s.options().size() + ")" : s.label();
        ObjectNode input = JSON.objectNode().put("type", "Input.ChoiceSet").put("id", s.id())
                .put("label", org.arbot.cards.Abbreviation.abbreviate(label, TeamsText.TITLE))
                .put("isMultiSelect", s.multiple()).put("style", s.multiple() ? "expanded" : "compact");
        ArrayNode choices = input.putArray("choices");
        for (Option o : shown) {
            choices.addObject().put("title", org.arbot.cards.Abbreviation.abbreviate(o.title(), TeamsText.CHOICE))
                    .put("value", o.value());
        }
        List<String> selected = s.selected().stream().filter(v -> shown.stream().anyMatch(o -> o.value().equals(v))).toList();
        if (!selected.isEmpty()) {
            input.put("value", String.join(",", selected));
        }
        return input;
    }
}
