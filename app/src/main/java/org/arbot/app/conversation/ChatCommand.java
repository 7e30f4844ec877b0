package org.arbot.app.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.app.conversation.llm.ModelAssistants;
import org.arbot.app.language.MiniLmEmbeddings;
import org.arbot.cards.Card;
import org.arbot.core.conversation.Answers;
import org.arbot.core.conversation.Assistant;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Handled;
import org.arbot.core.conversation.IntentParser;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.arbot.core.conversation.answers.AnswerModels;
import org.arbot.core.conversation.answers.LedgerActions;
import org.arbot.core.conversation.answers.LedgerAnswers;
import org.springframework.boot.convert.DurationStyle;

/** {@code arbot chat}: answers one turn against the configured ledger (the sandbox by default), as text or JSON. */
public final class ChatCommand implements Command {

    /** Built on first use: finding Jackson's modules takes the better part of a second that other commands need not pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    }

    @Override
    public List<String> name() {
        return List.of("chat");
    }

    @Override
    public String summary() {
        return "ask arbot one question from the command line";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot chat [--as USER] [--conversation ID] [--json] "text"

                Answers one turn against the Intacct company named by ARBOT_INTACCT_CLIENT_ID, or else the sandbox
                started in-process. With SPRING_DATA_REDIS_URL set, the conversation (default cli:USER) is kept in
                Redis, so follow-ups ("and their oldest invoice?", "yes") work across runs. With ARBOT_LLM_PROVIDER
                (openai or ollama), ARBOT_LLM_BASE_URL, ARBOT_LLM_MODEL and ARBOT_LLM_API_KEY set, a language model
                plans and phrases the answer, within the guardrails of docs/conversation.md.

                  --as USER          who is speaking (default: $USER)
                  --conversation ID  the conversation to continue
                  --json             print {"intent":…,"entities":{…},"reply":{"text":…,"card":{…}}}""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("as", "conversation"), Set.of("json"));
        String text = String.join(" ", options.positional()).trim();
        if (text.isEmpty()) {
            throw new UsageException("say something, e.g. arbot chat \"why did Acme short-pay?\"");
        }
        String user = options.value("as").orElse(Optional.ofNullable(System.getenv("USER")).orElse("cli-user"));
        Clock clock = Clock.systemDefaultZone();
        ConversationProperties settings = new ConversationProperties(java.time.Duration.ofHours(24), "arbot:conversation:", 1000);
        try (CommandLineLedger ledger = CommandLineLedger.open(clock)) {
            IntentParser parser = new IntentParser(ledger.ledger()::customers, MiniLmEmbeddings.loadingOnFirstUse()::embed, clock);
            AnswerModels models = AnswerModels.standalone(ledger.ledger(), clock);
            Answers answers = LedgerAnswers.from(ledger.ledger(), clock, models);
            ConversationEngine engine = new ConversationEngine(
                    ConversationStores.open(System.getenv("SPRING_DATA_REDIS_URL"), settings), parser, answers,
                    new LedgerActions(ledger.ledger()), assistant(answers, ledger, models, clock));
            Turn turn = Turn.said(UUID.randomUUID().toString(), options.value("conversation").orElse("cli:" + user), user,
                    Channel.COMMAND_LINE, text);
            Handled handled = engine.respond(turn);
            out.println(options.flag("json") ? json(handled) : String.join("\n\n",
                    handled.replies().stream().map(Reply::text).toList()));
            return OK;
        }
    }

    /** The language model named by ARBOT_LLM_PROVIDER (+ _BASE_URL, _MODEL, _API_KEY, _TIMEOUT), if any. */
    private static Assistant assistant(Answers answers, CommandLineLedger ledger, AnswerModels models, Clock clock) {
        String timeout = Optional.ofNullable(System.getenv("ARBOT_LLM_TIMEOUT")).filter(t -> !t.isBlank()).orElse("20s");
        return ModelAssistants.of(System.getenv("ARBOT_LLM_PROVIDER"), System.getenv("ARBOT_LLM_BASE_URL"),
                System.getenv("ARBOT_LLM_MODEL"), System.getenv("ARBOT_LLM_API_KEY"),
                DurationStyle.detectAndParse(timeout), answers, ledger.ledger(), models.people(), clock);
    }

    static String json(Handled handled) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("intent", handled.parsed().intent().name());
        ObjectNode entities = root.putObject("entities");
        handled.parsed().entities().forEach((entity, value) -> entities.put(entity.key(), value));
        ObjectNode reply = root.putObject("reply");
        reply.put("text", String.join("\n\n", handled.replies().stream().map(Reply::text).toList()));
        Optional<Card> card = handled.replies().stream().flatMap(r -> r.card().stream()).reduce((first, last) -> last);
        card.ifPresent(c -> reply.set("card", Json.MAPPER.valueToTree(c)));
        return root.toString();
    }
}
