package org.arbot.core.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phrasings that name an intent outright, tried in order; the first that matches wins.
 *
 * <p>The order carries meaning: "what do I need to approve?" is a queue question before it is an approval, "move this
 * approval to @maria" is a reassignment, "don't approve, decline" is a decline, and "dso forecast" is about DSO.
 */
final class IntentPatterns {

    private record Rule(Intent intent, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Intent.HELP, "^(help|commands|hi|hello|hey)( there)?\\W*$|what can you do|how do i use|what (questions|things) can i ask|^help\\b"),
            rule(Intent.PROMISE_TO_PAY, "\\bpromise\\b|\\bpromised\\b|\\bptp\\b|committed to pa|\\bwill pay\\b|they'?ll (send|pay)|\\bpromises\\b"),
            rule(Intent.SEND_REMINDER, "\\bremind(er)?\\b|\\bnudge\\b|\\bdunning\\b|\\bchase \\S+( \\S+)? for payment|follow up with"),
            rule(Intent.REASSIGN, "\\b(re)?assign\\b|\\bhand\\b.*\\bover\\b|give (this|it) to|move (this|it|the)( \\w+)? to"),
            rule(Intent.EXPLAIN_SHORT_PAY, "short[- ]?pa(y|id)|\\bunderpa(y|id)|pa(y|id) less|short payment|payment (is )?short|why short|\\bshortpay\\b"),
            rule(Intent.PAYMENT_HISTORY, "what did .+ pay\\b|payment history|\\bpaid us\\b|payments? (from|by|received from) "
                    + "|what (has|have) .+ paid|against which invoices|which invoices did .+ pay"),
            rule(Intent.EXPLAIN_DECISION, "why (was|were|did you|do you)\\b.*(propos|recommend|decid|want|suggest|flag)|explain the decision"
                    + "|reasoning|rationale|how did you decide|why this (recommendation|proposal)"),
            rule(Intent.MY_QUEUE, "\\bmy (queue|plate|tasks|pending|approvals|inbox)|on my plate|waiting (for|on) me|needs? my attention"
                    + "|what do i (need|have) to (approve|review)|^queue\\W*$"),
            rule(Intent.DECLINE, "\\bdeclined?\\b|\\breject(ed)?\\b|\\bdeny\\b|\\bkeep\\b.*\\bon hold\\b|don'?t approve"),
            rule(Intent.APPROVE, "\\bapproved?\\b|\\blgtm\\b|release the hold|\\bgo ahead\\b"),
            rule(Intent.FORECAST_DSO, "\\bdso\\b|d\\.s\\.o|days sales outstanding"),
            rule(Intent.CREDIT_STATUS, "\\bcredit\\b|\\bon hold\\b|\\bheld\\b|can we ship|credit hold"),
            rule(Intent.DEDUCTIONS, "\\bdeduct|\\bdeductions?\\b|chargebacks?|\\bclaims\\b"),
            rule(Intent.UNMATCHED_PAYMENTS, "\\bunmatched\\b|\\bunapplied\\b|not applied|couldn'?t match|\\bunidentified\\b"
                    + "|didn'?t apply|could not match|\\bunallocated\\b"),
            rule(Intent.FORECAST_CASH, "\\bforecast|\\bexpecting\\b|expected (receipts|cash|collections)|projected (inflows|cash|receipts)"
                    + "|come in\\b|cash in\\b|inflows"),
            rule(Intent.AGING, "\\bage?ing\\b|\\baged\\b|\\boverdue\\b|past due|oldest invoice|how old"),
            rule(Intent.PRIORITY_LIST, "\\bpriorit|call first|collect from first|\\bto chase\\b|focus on|biggest risks|worklist|work list"),
            rule(Intent.CUSTOMER_SUMMARY, "\\bsummary\\b|\\boverview\\b|tell me about|how is .+ doing|rundown|\\bowes?\\b|snapshot"
                    + "|\\bprofile\\b|status of|^customer\\b|\\baccount\\b"));

    private IntentPatterns() {
    }

    private static Rule rule(Intent intent, String regex) {
        return new Rule(intent, Pattern.compile(regex));
    }

    /** The first intent whose phrasing appears in the corrected text. */
    static Optional<Intent> match(ChatText text) {
        return RULES.stream().filter(r -> r.pattern.matcher(text.corrected()).find()).map(Rule::intent).findFirst();
    }
}
