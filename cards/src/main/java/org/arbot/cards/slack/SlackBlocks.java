package org.arbot.cards.slack;

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
import org.arbot.cards.Items;
import org.arbot.cards.Note;
import org.arbot.cards.Paged;
import org.arbot.cards.Select;
import org.arbot.cards.Table;
import org.arbot.cards.Text;
import org.arbot.cards.TextInput;

/** The blocks of one element; every element but a work list takes a fixed number of blocks. */
final class SlackBlocks {

    /** Facts beyond two sections of ten fields are summarised, so facts take at most two blocks. */
    static final int MAX_FACT_SECTIONS = 2;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SlackBlocks() {
    }

    /** The blocks of {@code element}; a work list shows at most {@code itemRoom} items. */
    static List<ObjectNode> of(Element element, int itemRoom) {
        if (element instanceof Header h) {
            return header(h);
        } else if (element instanceof Text t) {
            return List.of(section(SlackText.escape(t.text(), SlackLimits.SECTION_TEXT)));
        } else if (element instanceof Note n) {
            return List.of(context(SlackText.escape(n.text(), SlackLimits.CONTEXT_TEXT)));
        } else if (element instanceof Facts f) {
            return facts(f);
        } else if (element instanceof Table t) {
            return SlackTables.of(t);
        } else if (element instanceof Items i) {
            return SlackItems.of(i, itemRoom);
        } else if (element instanceof Image i) {
            return List.of(image(i));
        } else if (element instanceof TextInput i) {
            return List.of(SlackInputs.text(i));
        } else if (element instanceof Select s) {
            return List.of(SlackInputs.select(s));
        }
        throw new IllegalArgumentException("no Slack blocks for " + element.getClass().getSimpleName());
    }

    /** Blocks an element takes whatever its content: a work list counts only its caption and "Show more". */
    static int fixedCount(Element element) {
        return element instanceof Items ? 2 : of(element, 0).size();
    }

    private static List<ObjectNode> header(Header h) {
        String marker = switch (h.tone()) {
            case NEUTRAL -> "";
            case GOOD -> ":white_check_mark: ";
            case WARNING -> ":warning: ";
            case ATTENTION -> ":red_circle: ";
        };
        ObjectNode header = JSON.objectNode().put("type", "header");
        header.set("text", SlackText.plain(marker + h.title(), SlackLimits.HEADER_TEXT));
        return h.subtitle().isBlank() ? List.of(header)
                : List.of(header, context(SlackText.escape(h.subtitle(), SlackLimits.CONTEXT_TEXT)));
    }

    private static List<ObjectNode> facts(Facts f) {
        List<Fact> facts = f.facts();
        int capacity = MAX_FACT_SECTIONS * SlackLimits.SECTION_FIELDS;
        if (facts.size() > capacity) {
            var shown = new ArrayList<>(facts.subList(0, capacity - 1));
            shown.add(Fact.of("More", (facts.size() - shown.size()) + " more not shown"));
            facts = shown;
        }
        var blocks = new ArrayList<ObjectNode>();
        for (int from = 0; from < facts.size(); from += SlackLimits.SECTION_FIELDS) {
            ArrayNode fields = JSON.arrayNode();
            for (Fact fact : facts.subList(from, Math.min(facts.size(), from + SlackLimits.SECTION_FIELDS))) {
                String label = SlackText.escape(fact.label(), 200);
                String value = SlackText.escape(fact.value(), SlackLimits.FIELD_TEXT - label.length() - 4);
                fields.add(SlackText.mrkdwn("*" + label + "*\n" + value, SlackLimits.FIELD_TEXT));
            }
            ObjectNode section = JSON.objectNode().put("type", "section");
            section.set("fields", fields);
            blocks.add(section);
        }
        return blocks;
    }

    private static ObjectNode image(Image i) {
        return JSON.objectNode().put("type", "image").put("image_url", i.url())
                .put("alt_text", altText(i.altText()));
    }

    private static String altText(String text) {
        return org.arbot.cards.Abbreviation.abbreviate(org.arbot.cards.Abbreviation.orDash(text), SlackLimits.ALT_TEXT);
    }

    static ObjectNode section(String markup) {
        ObjectNode section = JSON.objectNode().put("type", "section");
        section.set("text", SlackText.mrkdwn(markup, SlackLimits.SECTION_TEXT));
        return section;
    }

    static ObjectNode context(String markup) {
        ArrayNode elements = JSON.arrayNode();
        elements.add(SlackText.mrkdwn(markup, SlackLimits.CONTEXT_TEXT));
        ObjectNode context = JSON.objectNode().put("type", "context");
        context.set("elements", elements);
        return context;
    }

    /** The caption and, when rows remain, the "Show more" button of a paged list. */
    static List<ObjectNode> paging(Paged list, Paged.Page page) {
        var blocks = new ArrayList<ObjectNode>();
        if (page.needsCaption()) {
            blocks.add(context(SlackText.escape(page.caption(), SlackLimits.CONTEXT_TEXT)));
        }
        if (page.hasMore()) {
            blocks.add(SlackActions.block(List.of(list.showMore(page))));
        }
        return blocks;
    }
}
