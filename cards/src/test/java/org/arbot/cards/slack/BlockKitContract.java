package org.arbot.cards.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.slack.api.model.Message;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.util.json.GsonBlockElementFactory;
import com.slack.api.util.json.GsonContextBlockElementFactory;
import com.slack.api.util.json.GsonLayoutBlockFactory;
import com.slack.api.util.json.GsonRichTextElementFactory;
import com.slack.api.util.json.GsonTextObjectFactory;
import com.slack.api.util.json.UnknownPropertyDetectionAdapterFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Slack accepts: a message parses with Slack's own model classes, failing on unknown blocks, elements or
 * properties, and keeps every documented limit of BLOCK-KIT-LIMITS.md.
 */
public final class BlockKitContract {

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapterFactory(new UnknownPropertyDetectionAdapterFactory())
            .registerTypeAdapter(LayoutBlock.class, new GsonLayoutBlockFactory(true))
            .registerTypeAdapter(TextObject.class, new GsonTextObjectFactory(true))
            .registerTypeAdapter(ContextBlockElement.class, new GsonContextBlockElementFactory(true))
            .registerTypeAdapter(BlockElement.class, new GsonBlockElementFactory(true))
            .registerTypeAdapter(RichTextElement.class, new GsonRichTextElementFactory(true))
            .create();

    private static final Map<String, Integer> TEXT_LIMITS = Map.ofEntries(
            Map.entry("header", 150), Map.entry("section", 3000), Map.entry("field", 2000), Map.entry("button", 75),
            Map.entry("option", 75), Map.entry("placeholder", 150), Map.entry("label", 2000),
            Map.entry("confirm.title", 100), Map.entry("confirm.text", 300), Map.entry("confirm.confirm", 30),
            Map.entry("confirm.deny", 30));

    private BlockKitContract() {
    }

    /** The message as Slack's SDK reads it; throws when Slack's model does not know a part of it. */
    public static Message parse(String json) {
        return GSON.fromJson(json, Message.class);
    }

    /** Every broken limit, as a readable line; empty when the message keeps them all. */
    public static List<String> violations(JsonNode message) {
        var out = new ArrayList<String>();
        check(out, "text", message.path("text").asText(), 40_000);
        if (message.path("text").asText().isBlank()) {
            out.add("text: no plain-text fallback");
        }
        JsonNode blocks = message.path("blocks");
        if (blocks.size() > 50) {
            out.add("blocks: " + blocks.size() + " > 50");
        }
        for (int i = 0; i < blocks.size(); i++) {
            block(out, "/blocks/" + i, blocks.get(i));
        }
        return out;
    }

    private static void block(List<String> out, String at, JsonNode b) {
        switch (b.path("type").asText()) {
            case "header" -> text(out, at + "/text", b.path("text"), TEXT_LIMITS.get("header"));
            case "section" -> {
                if (b.has("text")) {
                    text(out, at + "/text", b.path("text"), TEXT_LIMITS.get("section"));
                }
                JsonNode fields = b.path("fields");
                if (fields.size() > 10) {
                    out.add(at + "/fields: " + fields.size() + " > 10");
                }
                fields.forEach(f -> text(out, at + "/fields", f, TEXT_LIMITS.get("field")));
                if (!b.has("text") && fields.isEmpty()) {
                    out.add(at + ": section without text or fields");
                }
            }
            case "context" -> {
                if (b.path("elements").size() > 10 || b.path("elements").isEmpty()) {
                    out.add(at + "/elements: " + b.path("elements").size() + " not in 1..10");
                }
                b.path("elements").forEach(e -> text(out, at + "/elements", e, 3000));
            }
            case "actions" -> {
                if (b.path("elements").size() > 25 || b.path("elements").isEmpty()) {
                    out.add(at + "/elements: " + b.path("elements").size() + " not in 1..25");
                }
                b.path("elements").forEach(e -> element(out, at + "/elements", e));
            }
            case "input" -> {
                text(out, at + "/label", b.path("label"), TEXT_LIMITS.get("label"));
                element(out, at + "/element", b.path("element"));
            }
            case "image" -> {
                check(out, at + "/image_url", b.path("image_url").asText(), 3000);
                check(out, at + "/alt_text", b.path("alt_text").asText(), 2000);
            }
            default -> out.add(at + ": unexpected block type " + b.path("type"));
        }
        check(out, at + "/block_id", b.path("block_id").asText(), 255);
    }

    private static void element(List<String> out, String at, JsonNode e) {
        check(out, at + "/action_id", e.path("action_id").asText(), 255);
        if (e.has("text")) {
            text(out, at + "/text", e.path("text"), TEXT_LIMITS.get("button"));
        }
        check(out, at + "/value", e.path("value").asText(), 2000);
        if (e.has("placeholder")) {
            text(out, at + "/placeholder", e.path("placeholder"), TEXT_LIMITS.get("placeholder"));
        }
        if (e.path("options").size() > 100) {
            out.add(at + "/options: " + e.path("options").size() + " > 100");
        }
        e.path("options").forEach(o -> {
            text(out, at + "/options/text", o.path("text"), TEXT_LIMITS.get("option"));
            check(out, at + "/options/value", o.path("value").asText(), 150);
        });
        JsonNode c = e.path("confirm");
        if (!c.isMissingNode()) {
            for (String part : List.of("title", "text", "confirm", "deny")) {
                text(out, at + "/confirm/" + part, c.path(part), TEXT_LIMITS.get("confirm." + part));
            }
        }
    }

    private static void text(List<String> out, String at, JsonNode textObject, int max) {
        String text = textObject.path("text").asText();
        if (text.isBlank()) {
            out.add(at + ": empty text");
        }
        // The renderer emits no links or mentions, so any raw <, > or & would be unescaped input.
        if ("mrkdwn".equals(textObject.path("type").asText())
                && text.replaceAll("&(amp|lt|gt);", "").matches("(?s).*[<>&].*")) {
            out.add(at + ": unescaped <, > or & in " + text);
        }
        check(out, at, text, max);
    }

    private static void check(List<String> out, String at, String value, int max) {
        if (value.length() > max) {
            out.add(at + ": " + value.length() + " characters > " + max);
        }
    }
}
