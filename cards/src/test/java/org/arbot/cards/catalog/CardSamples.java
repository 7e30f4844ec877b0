package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.Fact;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.chart.ChartLinks;

/** One realistic card of every type, with fixed data, for goldens, schema checks and the browser. */
public final class CardSamples {

    public static final LocalFormat US = LocalFormat.of(Locale.US, ZoneId.of("America/New_York"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final ChartLinks LINKS = ChartLinks.of("https://arbot.example.com", "0123456789abcdef0123456789abcdef".getBytes(),
            Duration.ofDays(7), Clock.fixed(Instant.parse("2026-11-27T14:00:00Z"), ZoneOffset.UTC));

    private CardSamples() {
    }

    /** Every sample by its file name, in catalogue order. */
    public static Map<String, Card> all() {
        var cards = new LinkedHashMap<String, Card>();
        cards.put("credit-hold", creditHold());
        cards.put("payment-match", PaymentMatchCard.of(paymentMatch(), US));
        cards.put("unmatched-payment", UnmatchedPaymentCard.of(unmatched(), US));
        cards.put("deduction", DeductionCard.of(deduction(), US));
        cards.put("suspense", SuspenseCard.of(new SuspenseCard.Unidentified("BL-6240", "GLOBEX INTL TRAD",
                TODAY.minusDays(2), new BigDecimal("1875.40"), "USD", "REF 84417"), US));
        cards.put("priority-list", PriorityListCard.of(priorityList(14), US));
        cards.put("team-list", TeamListCard.of(teamList(), US));
        cards.put("forecast-alert", ForecastAlertCard.of(forecastAlert(), US));
        cards.put("answer", AnswerCard.of(answer()));
        cards.put("statement", StatementCard.of(statement(24), US));
        cards.put("outcome-approved", OutcomeCard.of(creditHold(), new OutcomeCard.Outcome("Approved", "Dana Whitfield",
                Instant.parse("2026-11-27T15:42:00Z"), true, "Sales order SO-1042 released from credit hold", "prop-7f3a"), US));
        cards.put("outcome-failed", OutcomeCard.of(DeductionCard.of(deduction(), US), new OutcomeCard.Outcome("Approved",
                "Sam Ortiz", Instant.parse("2026-11-27T16:05:00Z"), false,
                "Intacct refused the adjustment: the period Oct 2026 is closed", "prop-9c21"), US));
        cards.put("error", ErrorCard.of(new ErrorCard.Failure("Could not post the payment",
                "Intacct did not answer within 30 seconds",
                List.of("Nothing was posted; the payment is still waiting.", "Press Try again, or ask in #ar-help."),
                "err-20261127-0042", true)));
        return cards;
    }

    static Card creditHold() {
        return CreditHoldCard.of(new CreditHoldCard.CreditHold("prop-7f3a", "SO-1042", "Acme Tools & Supply",
                TODAY.minusDays(1), new BigDecimal("18250.00"), new BigDecimal("96400.50"), new BigDecimal("100000"),
                "USD", 12, "REVIEW", List.of("Exposure with this order is 114.7% of the credit limit.",
                        "Oldest open invoice is 12 days past due (INV-8812, $4,210.00).",
                        "Paid the last 6 invoices on average 3 days late.")), US);
    }

    public static PaymentMatchCard.PaymentMatch paymentMatch() {
        return new PaymentMatchCard.PaymentMatch("prop-51c0", "PMT-30077", "Northwind Traders", TODAY,
                new BigDecimal("12480.00"), "USD", new BigDecimal("96.5"),
                List.of(new PaymentMatchCard.Application("INV-8820", TODAY.minusDays(5), new BigDecimal("8000.00"), new BigDecimal("8000.00")),
                        new PaymentMatchCard.Application("INV-8831", TODAY.plusDays(10), new BigDecimal("4480.00"), new BigDecimal("4480.00"))),
                List.of("Remittance lists INV-8820 and INV-8831.", "Amounts add up exactly."));
    }

    static UnmatchedPaymentCard.UnmatchedPayment unmatched() {
        return new UnmatchedPaymentCard.UnmatchedPayment("prop-a3d2", "PMT-30081", "GLOBEX CORP", TODAY.minusDays(1),
                new BigDecimal("5000.00"), "USD", "ACH CCD GLOBEX *PAYMENT 1127",
                List.of(new UnmatchedPaymentCard.Candidate("INV-8790", "Globex Corporation", TODAY.minusDays(20), new BigDecimal("3200.00")),
                        new UnmatchedPaymentCard.Candidate("INV-8801", "Globex Corporation", TODAY.minusDays(8), new BigDecimal("1800.00")),
                        new UnmatchedPaymentCard.Candidate("INV-8843", "Globex Europe", TODAY.plusDays(3), new BigDecimal("5125.00"))));
    }

    static DeductionCard.Deduction deduction() {
        return new DeductionCard.Deduction("prop-9c21", "Initech", "INV-8777", new BigDecimal("742.18"), "USD",
                "Pricing", true, "the promotion price on PO 4471 was agreed",
                List.of("Remittance says \"promo price per PO 4471\".", "PO 4471 carries 5% off for Q4.",
                        "Short amount equals 5% of the invoice."), "PROMO PRICE PER PO 4471 - <see attached>");
    }

    public static PriorityListCard.PriorityList priorityList(int accounts) {
        var list = new ArrayList<PriorityListCard.Account>();
        String[] names = {"Acme Tools & Supply", "Globex Corporation", "Initech", "Umbrella Health", "Hooli", "Stark Industries",
            "Wayne Enterprises", "Soylent Foods", "Tyrell Corp", "Cyberdyne Systems", "Wonka Industries", "Oscorp",
            "Vandelay Imports", "Prestige Worldwide"};
        for (int i = 0; i < accounts; i++) {
            list.add(new PriorityListCard.Account("C-" + (1000 + i), names[i % names.length],
                    new BigDecimal(48000 - i * 2900).add(new BigDecimal("0.75")), 95 - i * 6,
                    i < 3 ? "high" : i < 8 ? "medium" : "low", i % 2 == 0 ? "call, reminder sent twice" : "send reminder"));
        }
        return new PriorityListCard.PriorityList("Maya Chen", TODAY, "USD", list);
    }

    static TeamListCard.TeamList teamList() {
        return new TeamListCard.TeamList("Dana Whitfield", TODAY, "USD",
                List.of(new TeamListCard.Collector("Maya Chen", 14, new BigDecimal("412300.10"), 3),
                        new TeamListCard.Collector("Sam Ortiz", 11, new BigDecimal("288950.00"), 5),
                        new TeamListCard.Collector("Priya Nair", 9, new BigDecimal("150020.45"), 1)),
                List.of(new TeamListCard.Escalation("C-1000", "Acme Tools & Supply", "Maya Chen", new BigDecimal("48000.75"), 95),
                        new TeamListCard.Escalation("C-1003", "Umbrella Health", "Sam Ortiz", new BigDecimal("39300.00"), 77)));
    }

    static ForecastAlertCard.ForecastAlert forecastAlert() {
        return new ForecastAlertCard.ForecastAlert("alert-dso-2026-11", TODAY, new BigDecimal("48.6"), new BigDecimal("45"),
                new BigDecimal("51.2"), new BigDecimal("1843200.00"), "USD", LINKS.sign("/charts/dso-2026-11.png"),
                List.of("Globex and Initech pay 18 days slower than in Q3.", "Two large invoices to Acme are 60+ days past due."));
    }

    static AnswerCard.Answer answer() {
        return new AnswerCard.Answer("ans-55e1", "Cash expected in the next 4 weeks?",
                "About $1.84M is expected in the next 4 weeks, between $1.61M and $2.02M.",
                List.of(Fact.of("Week of Nov 30", "$512,400"), Fact.of("Week of Dec 7", "$438,900"),
                        Fact.of("Week of Dec 14", "$466,100"), Fact.of("Week of Dec 21", "$425,800")),
                Optional.of(LINKS.sign("/charts/receipts-2026-11-27.png")), "open invoices in Intacct as of Nov 27, 2026");
    }

    public static StatementCard.Statement statement(int lines) {
        var list = new ArrayList<StatementCard.Line>();
        BigDecimal balance = new BigDecimal("10250.00");
        for (int i = 0; i < lines; i++) {
            boolean invoice = i % 3 != 2;
            BigDecimal amount = invoice ? new BigDecimal(1200 + i * 37).add(new BigDecimal("0.40")) : new BigDecimal(-2500);
            balance = balance.add(amount);
            list.add(new StatementCard.Line(LocalDate.of(2026, 10, 1).plusDays(i), invoice ? "INV-" + (8700 + i) : "PMT-" + (30000 + i),
                    invoice ? "Invoice" : "Payment, thank you", amount, balance));
        }
        return new StatementCard.Statement("C-1001", "Globex Corporation", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                "USD", new BigDecimal("10250.00"), balance, 2, list);
    }
}
