package org.arbot.core.conversation.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.arbot.core.ar.Customer;
import org.arbot.core.conversation.Answers;
import org.arbot.core.conversation.Assistant;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.llm.ModelMessage.FromModel;
import org.arbot.core.conversation.llm.ModelMessage.ToolCall;

/**
 * Lets a language model plan tool calls over the deterministic answers and phrase the reply, within guardrails; any
 * guardrail that fails, and any model error or timeout, gives an empty answer, so the deterministic one is sent.
 *
 * <ul>
 *   <li>personal data is hidden before anything is sent and restored in the reply ({@link Pseudonyms});
 *   <li>customer-written text in tool results is quoted data ({@link QuotedCustomerText});
 *   <li>a proposed action counts only if the user asked for it ({@link RequestedActions}), and is then only proposed:
 *       the engine asks for the usual confirmation;
 *   <li>every figure of the reply must appear in a tool result ({@link FiguresFromTools}).
 * </ul>
 */
public final class AnsweringWithLanguageModel implements Assistant {

    private static final System.Logger LOG = System.getLogger(AnsweringWithLanguageModel.class.getName());

    private final LanguageModel model;
    private final LedgerTools tools;
    private final Supplier<? extends Collection<String>> people;
    private final Supplier<? extends Collection<String>> customerTexts;
    private final int rounds;

    /**
     * @param people the names of people to hide, read once per question
     * @param customerTexts what customers wrote (remittances, e-mails) that tool results may contain, read once per
     *     question and only after a tool answered
     * @param rounds how many times the model may be called for one question, tool rounds and final answer included
     */
    public AnsweringWithLanguageModel(LanguageModel model, Answers answers, Supplier<List<Customer>> customers,
            Supplier<? extends Collection<String>> people, Supplier<? extends Collection<String>> customerTexts, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.model = model;
        this.tools = new LedgerTools(answers, customers);
        this.people = people;
        this.customerTexts = customerTexts;
        this.rounds = rounds;
    }

    @Override
    public Optional<Assisted> answer(AskedQuestion question) {
        try {
            return new Exchange(question).run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "language model unavailable, answering without it: " + e);
            return Optional.empty();
        }
    }

    /** One question's exchange with the model; its pseudonyms and tool results live as long as the question. */
    private final class Exchange {

        private final AskedQuestion question;
        private final Pseudonyms pseudonyms = new Pseudonyms(people.get());
        private QuotedCustomerText quoted;
        private final List<ModelMessage> messages = new ArrayList<>();
        private final List<String> results = new ArrayList<>();
        private Optional<LedgerTools.Outcome> answered = Optional.empty();
        private Optional<LedgerTools.Outcome> proposed = Optional.empty();

        Exchange(AskedQuestion question) {
            this.question = question;
            messages.add(new ModelMessage.Instructions(ModelInstructions.TEXT));
            messages.add(new ModelMessage.FromUser(pseudonyms.hide(ModelInstructions.question(question))));
        }

        Optional<Assisted> run() {
            for (int round = 0; round < rounds; round++) {
                FromModel said = model.chat(List.copyOf(messages), tools.descriptions());
                if (said.calls().isEmpty()) {
                    return finish(said.text());
                }
                messages.add(said);
                for (ToolCall call : said.calls()) {
                    if (!runTool(call)) {
                        return Optional.empty();
                    }
                }
            }
            return refused("no final answer after " + rounds + " calls");
        }

        private boolean runTool(ToolCall call) {
            java.util.Map<String, String> arguments = new java.util.LinkedHashMap<>();
            call.arguments().forEach((name, value) -> arguments.put(name, pseudonyms.reveal(value)));
            LedgerTools.Outcome outcome = tools.run(new ToolCall(call.id(), call.name(), arguments), question.actor());
            if (outcome.proposes()) {
                if (!RequestedActions.allows(outcome.parsed(), question.understood())) {
                    refused("proposed " + outcome.parsed().intent() + " that the user did not ask for");
                    return false;
                }
                proposed = Optional.of(outcome);
            } else if (outcome.reply().isPresent()) {
                answered = Optional.of(outcome);
            }
            results.add(outcome.result());
            messages.add(new ModelMessage.ToolResult(call, pseudonyms.hide(quoted().quote(outcome.result()))));
            return true;
        }

        /** Customer texts are read from the ledger only once a tool has answered, and once per question. */
        private QuotedCustomerText quoted() {
            if (quoted == null) {
                quoted = new QuotedCustomerText(customerTexts.get());
            }
            return quoted;
        }

        private Optional<Assisted> finish(String text) {
            if (proposed.isPresent()) {
                return Optional.of(new Assisted(proposed.get().parsed(), Reply.text("")));
            }
            String reply = QuotedCustomerText.unquoted(pseudonyms.reveal(text)).trim();
            if (reply.isEmpty() || answered.isEmpty()) {
                return refused("answered without asking any tool");
            }
            if (!pseudonyms.unknown(reply).isEmpty()) {
                return refused("made up placeholders " + pseudonyms.unknown(reply));
            }
            List<String> unsupported = new FiguresFromTools(results).unsupported(reply);
            if (!unsupported.isEmpty()) {
                return refused("figures no tool returned: " + unsupported);
            }
            LedgerTools.Outcome last = answered.get();
            return Optional.of(new Assisted(last.parsed(), new Reply(reply, last.reply().orElseThrow().card())));
        }

        private Optional<Assisted> refused(String why) {
            LOG.log(System.Logger.Level.INFO, "language model answer not used (" + why + "); answering without it");
            return Optional.empty();
        }
    }
}
