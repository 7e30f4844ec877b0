package org.arbot.core.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the deduction reason a question filters by, named as cash application names them ({@code DAMAGE}, ...). */
final class Reasons {

    private static final Map<String, Pattern> BY_REASON = new LinkedHashMap<>();

    static {
        BY_REASON.put("DAMAGE", Pattern.compile("\\bdamage[ds]?\\b|\\bbroken\\b"));
        BY_REASON.put("SHORTAGE", Pattern.compile("\\bshortage|short[- ]shipped|short shipment|missing (units|cases|items)"));
        BY_REASON.put("PRICING", Pattern.compile("\\bpric(e|es|ing)\\b"));
        BY_REASON.put("PROMOTION", Pattern.compile("\\bpromo(tion|tional|s)?\\b|co-?op|slotting"));
        BY_REASON.put("FREIGHT", Pattern.compile("\\bfreight\\b|\\bshipping\\b"));
        BY_REASON.put("EARLY_PAY_DISCOUNT", Pattern.compile("early[- ]pay"));
        BY_REASON.put("RETURN", Pattern.compile("\\breturns?\\b"));
        BY_REASON.put("TAX", Pattern.compile("\\btax\\b"));
    }

    private Reasons() {
    }

    static Optional<String> first(String words) {
        return BY_REASON.entrySet().stream().filter(e -> e.getValue().matcher(words).find()).map(Map.Entry::getKey)
                .findFirst();
    }
}
