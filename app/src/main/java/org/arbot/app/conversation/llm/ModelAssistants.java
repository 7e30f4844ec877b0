package org.arbot.app.conversation.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Payment;
import org.arbot.core.conversation.Answers;
import org.arbot.core.conversation.Assistant;
import org.arbot.core.conversation.llm.AnsweringWithLanguageModel;
import org.arbot.core.conversation.llm.LanguageModel;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.ledger.Ledger;

/**
 * The conversation's assistant: {@link Assistant#none()} unless a language model is configured, and then one that
 * answers over the same {@link Answers} as the deterministic engine, hiding arbot users' names and quoting the
 * remittances of unapplied bank lines and of the last year's payments.
 */
public final class ModelAssistants {

    /** Tool rounds plus the final answer; a question needs one or two tools. */
    static final int ROUNDS = 4;
    private static final Period PAYMENTS_QUOTED = Period.ofYears(1);

    private ModelAssistants() {
    }

    /** The assistant for the configured provider ({@code openai}, {@code ollama}, or empty for none). */
    public static Assistant of(String provider, String baseUrl, String model, String apiKey, Duration timeout,
            Answers answers, Ledger ledger, People people, Clock clock) {
        return LanguageModels.open(provider, baseUrl, model, apiKey, timeout)
                .map(m -> over(m, answers, ledger, people, clock)).orElse(Assistant.none());
    }

    static Assistant over(LanguageModel model, Answers answers, Ledger ledger, People people, Clock clock) {
        return new AnsweringWithLanguageModel(model, answers, ledger::customers,
                () -> people.all().stream().map(Person::name).toList(),
                () -> customerTexts(ledger, clock), ROUNDS);
    }

    private static List<String> customerTexts(Ledger ledger, Clock clock) {
        LocalDate since = LocalDate.now(clock).minus(PAYMENTS_QUOTED);
        return Stream.concat(ledger.unappliedBankLines().stream().map(BankLine::remittance),
                ledger.payments(since).stream().map(Payment::remittance)).filter(r -> !r.isBlank()).toList();
    }
}
