package org.arbot.app.forecast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.arbot.core.money.Money;
import org.arbot.core.statements.Aging;
import org.arbot.core.statements.CustomerStatement;
import org.arbot.core.statements.OpenItem;
import org.arbot.core.statements.StatementLine;

/** Renders a customer statement as a PDF attachment: balances, the period's movements, open items and aging. */
public final class StatementPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;

    private StatementPdf() {
    }

    public static byte[] render(CustomerStatement statement) {
        List<String> lines = text(statement);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(ascii(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("statement of " + statement.customer().id() + " could not be rendered", e);
        }
    }

    static List<String> text(CustomerStatement s) {
        List<String> lines = new ArrayList<>();
        lines.add("STATEMENT OF ACCOUNT");
        lines.add(s.customer().name() + " (" + s.customer().id() + ")");
        lines.add("Period " + s.from() + " to " + s.to());
        lines.add("");
        lines.add(String.format("%-12s %-16s %-30s %14s %14s", "Date", "Document", "Description", "Amount", "Balance"));
        lines.add(String.format("%-12s %-16s %-30s %14s %14s", s.from(), "", "Opening balance", "", plain(s.opening())));
        for (StatementLine l : s.lines()) {
            lines.add(String.format("%-12s %-16.16s %-30.30s %14s %14s", l.date(), l.document(), l.description(),
                    plain(l.amount()), plain(l.balance())));
        }
        lines.add(String.format("%-12s %-16s %-30s %14s %14s", s.to(), "", "Closing balance", "", plain(s.closing())));
        lines.add("");
        lines.add("OPEN ITEMS");
        lines.add(String.format("%-16s %-12s %-12s %14s %14s %6s", "Invoice", "Date", "Due", "Total", "Open", "Late"));
        for (OpenItem item : s.openItems()) {
            lines.add(String.format("%-16.16s %-12s %-12s %14s %14s %6d", item.number(), item.invoiceDate(), item.dueDate(),
                    plain(item.total()), plain(item.balance()), Math.max(0, item.daysPastDue())));
        }
        Aging a = s.aging();
        lines.add("");
        lines.add("AGING (" + s.closing().currency().getCurrencyCode() + ")");
        lines.add(String.format("%14s %14s %14s %14s %14s", "Current", "1-30", "31-60", "61-90", "Over 90"));
        lines.add(String.format("%14s %14s %14s %14s %14s", plain(a.current()), plain(a.days1To30()), plain(a.days31To60()),
                plain(a.days61To90()), plain(a.over90())));
        return lines;
    }

    private static String plain(Money money) {
        return money.toDecimalString();
    }

    /** The standard fonts carry only WinAnsi characters; anything else is shown as '?'. */
    private static String ascii(String text) {
        return text.chars().mapToObj(c -> c >= 32 && c < 127 ? String.valueOf((char) c) : "?")
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
    }
}
