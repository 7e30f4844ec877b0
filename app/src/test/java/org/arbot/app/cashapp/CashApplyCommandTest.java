package org.arbot.app.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arbot.app.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashApplyCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CashApplyCommand().run(List.of(args), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void files(String payments) throws IOException {
        Files.writeString(dir.resolve("customers.csv"), """
                customer_id,name,parent_id,terms,aliases
                C1,"Acme Industrial Supply, Inc.",,2/10 N30,AIS AP Dept
                C2,Globex Foods LLC,,N30,
                """);
        Files.writeString(dir.resolve("open_invoices.csv"), """
                invoice_id,customer_id,invoice_date,due_date,currency,total,balance,po_number
                INV-0001234,C1,2026-10-01,2026-10-31,USD,1250.00,1250.00,PO-77120
                INV-0001240,C1,2026-10-11,2026-11-10,USD,980.10,980.10,
                INV-0002001,C2,2026-10-20,2026-11-19,USD,300.00,300.00,
                """);
        Files.writeString(dir.resolve("payments.csv"), payments);
    }

    private int cashApply() {
        return run("--customers", dir.resolve("customers.csv").toString(), "--invoices", dir.resolve("open_invoices.csv").toString(),
                "--payments", dir.resolve("payments.csv").toString(), "--out", dir.resolve("applications.jsonl").toString(),
                "--embeddings", "none");
    }

    private List<JsonNode> output() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(dir.resolve("applications.jsonl")).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void writes_one_json_object_per_payment_in_input_order_in_the_documented_shape() throws IOException {
        files("""
                payment_id,received_date,currency,amount,payer_name,reference,remittance
                P1,2026-11-18,USD,1205.00,ACME INDUSTRIAL SU,INV-0001234,"INV-0001234 less 45.00, damaged cartons"
                P2,2026-11-18,USD,300.00,GLOBEX FOODS,,
                P3,2026-11-18,USD,77.00,ZENITH FACTORING,PAYMENT,
                """);

        assertThat(cashApply()).isEqualTo(Command.OK);

        List<JsonNode> lines = output();
        assertThat(lines).extracting(n -> n.get("payment_id").asText()).containsExactly("P1", "P2", "P3");
        JsonNode p1 = lines.get(0);
        assertThat(p1.get("decision").asText()).isEqualTo("AUTO_APPLY");
        assertThat(p1.get("customer_id").asText()).isEqualTo("C1");
        assertThat(p1.get("confidence").asDouble()).isBetween(0.9, 1.0);
        assertThat(p1.get("applications").get(0).get("invoice_id").asText()).isEqualTo("INV-0001234");
        assertThat(p1.get("applications").get(0).get("amount").asText()).isEqualTo("1205.00");
        JsonNode deduction = p1.get("deductions").get(0);
        assertThat(deduction.get("amount").asText()).isEqualTo("45.00");
        assertThat(deduction.get("reason").asText()).isEqualTo("DAMAGE");
        assertThat(deduction.get("validity").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(deduction.get("evidence").asText()).contains("damaged");
        assertThat(p1.get("unapplied").asText()).isEqualTo("0.00");
        assertThat(p1.get("reasons")).isNotEmpty();
        assertThat(lines.get(2).get("decision").asText()).isEqualTo("UNMATCHED");
        assertThat(lines.get(2).get("customer_id").isNull()).isTrue();
        assertThat(lines.get(2).get("unapplied").asText()).isEqualTo("77.00");
    }

    @Test
    void bad_rows_are_reported_with_their_line_numbers_and_the_rest_is_still_processed() throws IOException {
        files("""
                payment_id,received_date,currency,amount,payer_name,reference,remittance
                P1,2026-11-18,USD,980.10,Acme Industrial Supply,INV-0001240,
                P2,2026-11-18,USD,12,50,Acme,,
                P3,2026-11-18,XYZ,10.00,Acme,,
                P4,2026-11-18,USD,ten,Acme,,
                P5,2026-11-18,USD
                P6,2026-11-18,USD,300.00,Globex Foods LLC,INV-0002001,
                """);

        assertThat(cashApply()).isEqualTo(Command.PARTIAL);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("payments.csv:4: unknown currency code 'XYZ'", "payments.csv:5: not a decimal amount: 'ten'",
                "payments.csv:6: missing value in column amount");
        assertThat(output()).extracting(n -> n.get("payment_id").asText()).containsExactly("P1", "P2", "P6");
    }
}
