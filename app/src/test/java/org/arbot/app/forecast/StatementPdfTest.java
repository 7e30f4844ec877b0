package org.arbot.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Terms;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.money.Money;
import org.arbot.core.statements.CustomerStatement;
import org.junit.jupiter.api.Test;

class StatementPdfTest {

    @Test
    void the_statement_pdf_holds_the_balances_the_movements_and_the_aging() throws IOException {
        CustomerId acme = CustomerId.of("CUST-1001");
        Customer customer = new Customer(acme, "Acme Corp", Optional.empty(), Money.of("1000.00", "USD"), Terms.net(30),
                CollectorId.of("ann"), false, List.of());
        LocalDate issued = LocalDate.parse("2026-03-05");
        Invoice open = new Invoice(InvoiceId.of("1"), "INV-0001002", acme, issued, issued.plusDays(30),
                Money.of("500.00", "USD"), Money.of("500.00", "USD"), Optional.empty(), InvoiceState.POSTED, Optional.empty());
        ReceivablesBook book = ReceivablesBook.of(LocalDate.parse("2026-03-31"), Money.currencyOf("USD"), List.of(customer),
                List.of(open), List.of(), List.of());

        byte[] pdf = StatementPdf.render(CustomerStatement.of(book, customer, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("STATEMENT OF ACCOUNT", "Acme Corp", "INV-0001002", "Closing balance", "500.00", "AGING");
        }
    }
}
