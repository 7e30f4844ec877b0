package org.arbot.core.conversation;

import java.util.List;
import java.util.Map;

/**
 * Example phrasings per intent that the embedding fallback compares a message with when no pattern named the intent.
 * They are deliberately different from the evaluation set's sentences.
 */
final class IntentExamples {

    private IntentExamples() {
    }

    static final Map<Intent, List<String>> BY_INTENT = Map.ofEntries(
            Map.entry(Intent.APPROVE, List.of("yes, do it", "sounds good, accept the proposal", "ship it, I sign off",
                    "confirm the release")),
            Map.entry(Intent.DECLINE, List.of("no, do not do that", "turn this request down", "refuse the release",
                    "not this time, keep it blocked")),
            Map.entry(Intent.REASSIGN, List.of("let someone else handle this one", "pass this to my colleague",
                    "transfer the approval to another person")),
            Map.entry(Intent.EXPLAIN_SHORT_PAY, List.of("why is the customer's payment less than the invoice",
                    "what was deducted from this remittance", "the check came in lower than expected, why")),
            Map.entry(Intent.EXPLAIN_DECISION, List.of("what made you suggest this", "what is the basis for this proposal",
                    "justify this recommendation")),
            Map.entry(Intent.CUSTOMER_SUMMARY, List.of("what's going on with this client", "give me the picture for the account",
                    "balance and history for the customer")),
            Map.entry(Intent.AGING, List.of("which invoices are late", "how late are the open invoices",
                    "receivables by days outstanding buckets")),
            Map.entry(Intent.UNMATCHED_PAYMENTS, List.of("deposits nobody has matched to invoices",
                    "cash received without a customer", "bank receipts still waiting for application")),
            Map.entry(Intent.DEDUCTIONS, List.of("amounts customers took off their payments", "open disputes and claims",
                    "money withheld by customers for damaged goods")),
            Map.entry(Intent.CREDIT_STATUS, List.of("can this customer buy more on account", "is the order blocked",
                    "how much headroom under the limit")),
            Map.entry(Intent.MY_QUEUE, List.of("what is assigned to me", "things I still have to do",
                    "items awaiting my decision")),
            Map.entry(Intent.PRIORITY_LIST, List.of("who should we call today", "most urgent collections",
                    "rank the accounts by risk")),
            Map.entry(Intent.FORECAST_CASH, List.of("how much money will we collect soon", "predicted collections",
                    "cash we will receive in the coming weeks")),
            Map.entry(Intent.FORECAST_DSO, List.of("how many days does it take customers to pay on average",
                    "average collection period")),
            Map.entry(Intent.SEND_REMINDER, List.of("write to the customer about the late invoice",
                    "ask them to pay what is overdue", "email the customer for payment")),
            Map.entry(Intent.PROMISE_TO_PAY, List.of("the customer said they would pay on a date",
                    "they committed to a payment next week", "note their payment commitment")),
            Map.entry(Intent.HELP, List.of("how does this work", "what are you able to answer", "show me the options")));
}
