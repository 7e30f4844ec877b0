package org.arbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.arbot.app.cli.Command;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** {@code arbot chat} against the sandbox it starts in-process, as a user runs it. */
class ChatCommandIT {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void why_did_a_sandbox_customer_short_pay_is_answered_with_the_amounts() throws Exception {
        ShortPaid sample = aShortPayInTheSandbox();

        int exit = new ChatCommand().run(List.of("why did " + sample.customer + " short-pay?"), print(out), print(err));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(sample.invoice, "short", "Deduction", "Evidence", "Next step", sample.paid);
    }

    @Test
    void with_json_it_prints_the_intent_entities_and_the_reply_with_its_card() throws Exception {
        int exit = new ChatCommand().run(List.of("--json", "--as", "U02MARIA", "unmatched payments over 20k"),
                print(out), print(err));

        assertThat(exit).isEqualTo(Command.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("intent").asText()).isEqualTo("UNMATCHED_PAYMENTS");
        assertThat(json.get("entities").get("min_amount").asText()).isEqualTo("20000.00");
        assertThat(json.get("reply").get("text").asText()).contains("unapplied payments of at least $20,000.00");
        assertThat(json.get("reply").get("card").get("fallbackText").asText()).isNotBlank();
    }

    private record ShortPaid(String customer, String invoice, String paid) {
    }

    /** Reads the same seeded company the command will start, to find a customer whose remittance states a deduction. */
    private static ShortPaid aShortPayInTheSandbox() {
        try (CommandLineLedger sandbox = CommandLineLedger.open(Clock.systemDefaultZone())) {
            Ledger ledger = sandbox.ledger();
            List<Invoice> open = ledger.openInvoices();
            for (BankLine line : ledger.unappliedBankLines()) {
                if (!line.remittance().matches("INV-\\d+ paid .* less .*")) {
                    continue;
                }
                String number = line.remittance().split(" ")[0];
                Invoice invoice = open.stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
                Customer customer = ledger.customer(invoice.customerId()).orElseThrow();
                if (ledger.customers().stream().filter(c -> c.name().startsWith(customer.name().split(" ")[0])).count() == 1) {
                    return new ShortPaid(customer.name(), number, line.remittance().split(" ")[2]);
                }
            }
        }
        throw new AssertionError("the sandbox has no short-pay from a customer with an unambiguous name");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
