package org.arbot.core.conversation.answers;

import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;

/** What the bot can be asked, with an example each; also the answer to anything it did not understand. */
final class HelpText implements Answerer {

    static final String EXAMPLES = """
            Ask me about receivables, for example:
            • "summary for Acme" · "aging for Harbor Foods" or "aging for everyone"
            • "why did Acme short-pay?" · "deductions for Acme, damage"
            • "what did Harbor Foods pay last month and against which invoices?"
            • "unmatched payments over 5k" · "credit status of SO-1042"
            • "my queue" · "who should I call first?"
            • "cash forecast next 30 days" · "DSO last quarter"
            • "send a reminder to Acme" · "Acme promised $12,500 on Friday"
            • "approve SO-1042" · "decline PRP-12" · "reassign PRP-12 to @maria"
            Follow-ups work too: "and their oldest invoice?", "approve it".""";

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        if (question.intent() == Intent.UNKNOWN) {
            return Reply.text("I did not understand that. " + EXAMPLES);
        }
        return Reply.text(EXAMPLES);
    }
}
