package org.arbot.app.cashapp;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.cashapp.CashApplication;
import org.arbot.core.deductions.Deduction;

/** Writes cash-application decisions as JSON lines, in the documented {@code applications.jsonl} shape. */
final class ApplicationsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ApplicationsJson() {
    }

    /** Lines are formatted this many at a time, the batches on every core, and written in order. */
    private static final int BATCH = 2_000;

    /** Writes the decisions, one JSON object per line, in order, as UTF-8. */
    static void lines(OutputStream out, List<CashApplication> results) throws IOException {
        int batches = (results.size() + BATCH - 1) / BATCH;
        byte[][] text = new byte[batches][];
        IntStream.range(0, batches).parallel().forEach(b ->
                text[b] = lines(results.subList(b * BATCH, Math.min(results.size(), (b + 1) * BATCH))));
        for (byte[] batch : text) {
            out.write(batch);
        }
    }

    private static byte[] lines(List<CashApplication> results) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(results.size() * 512);
        try (JsonGenerator g = JSON.createGenerator(text, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (CashApplication result : results) {
                write(g, result);
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format decisions as JSON: " + e.getMessage(), e);
        }
        return text.toByteArray();
    }

    private static void write(JsonGenerator g, CashApplication result) throws IOException {
        g.writeStartObject();
        g.writeStringField("payment_id", result.bankLine().value());
        g.writeStringField("decision", result.decision().name());
        if (result.customerId().isPresent()) {
            g.writeStringField("customer_id", result.customerId().get().value());
        } else {
            g.writeNullField("customer_id");
        }
        g.writeNumberField("confidence", result.confidence());
        g.writeArrayFieldStart("applications");
        for (PaymentApplication a : result.applications()) {
            g.writeStartObject();
            g.writeStringField("invoice_id", a.invoiceId().value());
            g.writeStringField("amount", a.amount().toDecimalString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("deductions");
        for (Deduction d : result.deductions()) {
            g.writeStartObject();
            g.writeStringField("invoice_id", d.invoiceId().value());
            g.writeStringField("amount", d.amount().toDecimalString());
            g.writeStringField("reason", d.reason().name());
            g.writeStringField("validity", d.validity().name());
            g.writeStringField("evidence", d.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("unapplied", result.unapplied().toDecimalString());
        g.writeArrayFieldStart("reasons");
        for (String reason : result.reasons()) {
            g.writeString(reason);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
