package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.arbot.cards.catalog.CardSamples;
import org.arbot.cards.catalog.CreditHoldCard;
import org.arbot.cards.catalog.PaymentMatchCard;
import org.arbot.cards.catalog.PriorityListCard;
import org.arbot.cards.catalog.StatementCard;
import org.arbot.cards.catalog.UnmatchedPaymentCard;
import org.arbot.cards.slack.BlockKitContract;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.cards.teams.AdaptiveCardRenderer;
import org.arbot.cards.teams.AdaptiveCardSchema;

/** Whatever names, texts and list lengths arrive, both channels get a message they accept. */
class CardProperties {

    private static final SlackBlockKitRenderer SLACK = new SlackBlockKitRenderer();
    private static final AdaptiveCardRenderer TEAMS = new AdaptiveCardRenderer();
    private static final List<String> ATOMS = List.of("Acme", " ", "a", "*", "_", "~", "`", "<", ">", "&", "&amp;",
            "<@U024BE7LH>", "<!channel>", "*bold*", "_it_", "\n", "\t", "\"", "\\", "\uD83D\uDE00", "\u4E2D\u6587",
            "\u00DCn\u00EFc\u00F6d\u00E9", "\u202E", "\u0301", ":smile:", "[x](https://e.example)", "# h", "> quote",
            "x".repeat(700), "\u00A0");

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.of(ATOMS).list().ofMinSize(0).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<BigDecimal> amount() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-99999999.99"), new BigDecimal("999999999.99")).ofScale(2);
    }

    @Property(tries = 60)
    void priority_lists_of_any_length_and_any_names_fit_both_channels(
            @ForAll @IntRange(min = 0, max = 400) int accounts, @ForAll("nasty") String name,
            @ForAll("nasty") String nextStep, @ForAll("amount") BigDecimal overdue, @ForAll @IntRange(max = 450) int offset) {
        var list = new ArrayList<PriorityListCard.Account>();
        for (int i = 0; i < accounts; i++) {
            list.add(new PriorityListCard.Account("C-" + i, name + i, overdue, i, "high", nextStep));
        }
        assertAccepted(PriorityListCard.of(new PriorityListCard.PriorityList(name, LocalDate.of(2026, 11, 27), "USD", list),
                offset, CardSamples.US));
    }

    @Property(tries = 40)
    void payment_matches_with_many_invoices_fit_both_channels(@ForAll @IntRange(max = 600) int invoices,
            @ForAll("nasty") String customer, @ForAll("nasty") String reason, @ForAll("amount") BigDecimal amount) {
        var applications = new ArrayList<PaymentMatchCard.Application>();
        for (int i = 0; i < invoices; i++) {
            applications.add(new PaymentMatchCard.Application(customer + "-INV-" + i, LocalDate.of(2026, 1, 1).plusDays(i),
                    amount, amount));
        }
        assertAccepted(PaymentMatchCard.of(new PaymentMatchCard.PaymentMatch("p", "PMT-1", customer, LocalDate.of(2026, 11, 27),
                amount, "EUR", new BigDecimal("87.25"), applications, List.of(reason, reason)), CardSamples.US));
    }

    @Property(tries = 40)
    void unmatched_payments_with_many_candidates_fit_both_channels(@ForAll @IntRange(max = 300) int candidates,
            @ForAll("nasty") String payer, @ForAll("nasty") String reference, @ForAll("amount") BigDecimal amount) {
        var list = new ArrayList<UnmatchedPaymentCard.Candidate>();
        for (int i = 0; i < candidates; i++) {
            list.add(new UnmatchedPaymentCard.Candidate((i % 7 == 0 ? reference : "INV-") + i, payer, LocalDate.of(2026, 11, 1), amount));
        }
        assertAccepted(UnmatchedPaymentCard.of(new UnmatchedPaymentCard.UnmatchedPayment("p", "PMT-9", payer,
                LocalDate.of(2026, 11, 27), amount, "JPY", reference, list), CardSamples.US));
    }

    @Property(tries = 40)
    void credit_holds_with_long_reasons_fit_both_channels(@ForAll("nasty") String customer,
            @ForAll @IntRange(max = 60) int reasons, @ForAll("nasty") String reason, @ForAll("amount") BigDecimal amount) {
        assertAccepted(CreditHoldCard.of(new CreditHoldCard.CreditHold("p", "SO-" + reasons, customer, LocalDate.of(2026, 11, 1),
                amount, amount, amount.abs(), "USD", reasons, "REVIEW", java.util.Collections.nCopies(reasons, reason)),
                CardSamples.US));
    }

    @Property(tries = 30)
    void statements_of_any_length_page_within_both_channels(@ForAll @IntRange(max = 500) int lines,
            @ForAll @IntRange(max = 520) int offset) {
        assertAccepted(StatementCard.of(CardSamples.statement(lines), offset, CardSamples.US));
    }

    @Property(tries = 200)
    void literal_text_never_turns_into_slack_markup(@ForAll("nasty") String text) {
        JsonNode section = SLACK.render(Card.of("t", List.of(Text.of(text)), List.of())).path("blocks").get(0);
        String rendered = section.path("text").path("text").asText();
        assertThat(rendered.replaceAll("&(amp|lt|gt);", "")).doesNotContain("<", ">", "&");
        assertThat(rendered.replaceAll("\u200B[*_~`]\u200B", "")).doesNotContain("*", "_", "~", "`");
        assertThat(rendered.lines()).noneMatch(line -> line.startsWith("&gt;"));
        String shown = rendered.replace("\u200B", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String expected = text.isBlank() ? "\u2014" : text;
        assertThat(expected).startsWith(shown.endsWith("\u2026") ? shown.substring(0, shown.length() - 1).stripTrailing() : shown);
    }

    @Property(tries = 50)
    void show_more_walks_every_item_of_a_long_list_exactly_once(@ForAll @IntRange(max = 200) int size) {
        var items = new ArrayList<Item>();
        for (int i = 0; i < size; i++) {
            items.add(Item.of("account " + i, "detail", List.of(Action.of("snooze", "Snooze", Map.of("customer", "C" + i)))));
        }
        var seen = new HashSet<String>();
        int offset = 0;
        for (int pages = 0; pages <= size; pages++) {
            JsonNode blocks = SLACK.render(Card.of("t", List.of(Items.of("accounts", items).at(offset)), List.of())).path("blocks");
            JsonNode next = null;
            for (JsonNode b : blocks) {
                if (b.path("type").asText().equals("section")) {
                    assertThat(seen.add(b.path("text").path("text").asText())).isTrue();
                }
                for (JsonNode e : b.path("elements")) {
                    if (e.path("action_id").asText().equals("show_more")) {
                        next = e;
                    }
                }
            }
            if (next == null) {
                break;
            }
            offset = Integer.parseInt(next.path("value").asText().replaceAll(".*\"offset\":\"(\\d+)\".*", "$1"));
        }
        assertThat(seen).hasSize(size);
    }

    private static void assertAccepted(Card card) {
        JsonNode slack = SLACK.render(card);
        assertThat(BlockKitContract.violations(slack)).isEmpty();
        assertThat(BlockKitContract.parse(slack.toString()).getBlocks()).hasSize(slack.path("blocks").size());
        JsonNode teams = TEAMS.render(card);
        assertThat(AdaptiveCardSchema.errors(teams)).isEmpty();
        assertThat(teams.path("fallbackText").asText()).isNotBlank();
        assertThat(teams.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(28 * 1024);
    }
}
