package org.arbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message reduced to what the parser reads: the bot's own mention, Teams' {@code <at>} tags, the slash command
 * and emoji removed, lower case; user mentions kept aside.
 *
 * @param words the message in lower case, as typed otherwise (customer names are matched here)
 * @param corrected {@code words} with typos of the bot's keywords corrected ("aproove" becomes "approve")
 * @param mentions the users mentioned, Slack ids ({@code U02MARIA}) or {@code @names}, in order
 */
record ChatText(String words, String corrected, List<String> mentions) {

    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>\\s*");
    private static final Pattern TEAMS_MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern SLASH_COMMAND = Pattern.compile("^\\s*/arbot\\b");
    private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(\\|[^>]*)?>|(?<![\\w.])@([a-zA-Z0-9][\\w.-]*[a-zA-Z0-9])");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    static final Set<String> KEYWORDS = Set.of("approve", "approved", "decline", "reject", "reassign", "explain",
            "summary", "aging", "ageing", "overdue", "unmatched", "unapplied", "deductions", "deduction", "credit",
            "queue", "priority", "priorities", "forecast", "remind", "reminder", "promise", "promised", "help",
            "payment", "payments", "invoice", "invoices", "customer", "overview", "collections", "dunning", "shortpay");
    /** Real words one letter away from a keyword, left as typed. */
    private static final Set<String> NOT_TYPOS = Set.of("remainder", "approves", "declines", "helps", "reminds", "agent",
            "payer", "coming", "held", "hold", "proposed", "proposal", "proposals", "prove");

    static ChatText of(String message) {
        String text = LEADING_MENTION.matcher(message).replaceFirst("");
        text = TEAMS_MENTION.matcher(text).replaceAll(" ");
        text = SLASH_COMMAND.matcher(text).replaceFirst(" ");
        List<String> mentions = new ArrayList<>();
        Matcher m = USER_MENTION.matcher(text);
        while (m.find()) {
            mentions.add(m.group(1) != null ? m.group(1) : m.group(3).toLowerCase(Locale.ROOT));
        }
        String words = withoutEmoji(text).replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return new ChatText(words, corrected(words), List.copyOf(mentions));
    }

    private static String withoutEmoji(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean symbol = type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F000;
            kept.appendCodePoint(symbol ? ' ' : cp);
        });
        return kept.toString().replaceAll(":[a-z0-9_+-]+:", " ");
    }

    private static String corrected(String words) {
        Matcher m = WORD.matcher(words);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(keyword(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String keyword(String word) {
        if (word.length() < 4 || KEYWORDS.contains(word) || NOT_TYPOS.contains(word)) {
            return word;
        }
        return KEYWORDS.stream().filter(k -> EditDistance.close(word, k))
                .min(java.util.Comparator.comparingInt((String k) -> EditDistance.between(word, k)).thenComparing(k -> k))
                .orElse(word);
    }
}
