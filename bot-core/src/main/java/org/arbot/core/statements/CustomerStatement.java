package org.arbot.core.statements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.forecast.InvoiceHistory;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.forecast.Settlement;
import org.arbot.core.money.Money;

/**
 * A customer's statement for a period: the opening balance, every invoice, payment and credit of the period with the
 * running balance, the items open at the end with their aging, and the closing balance.
 */
public record CustomerStatement(Customer customer, LocalDate from, LocalDate to, Money opening, List<StatementLine> lines,
        List<OpenItem> openItems, Aging aging, Money closing) {

    public CustomerStatement {
        Objects.requireNonNull(customer, "customer");
        lines = List.copyOf(lines);
        openItems = List.copyOf(openItems);
    }

    /** The statement of {@code customer} from {@code from} to {@code to}, both inclusive, read from the book. */
    public static CustomerStatement of(ReceivablesBook book, Customer customer, LocalDate from, LocalDate to) {
        List<InvoiceHistory> invoices = book.invoices().stream()
                .filter(h -> h.invoice().customerId().equals(customer.id())).toList();
        LocalDate before = from.minusDays(1);
        Money opening = invoices.stream().map(h -> h.balanceOn(before)).reduce(book.zero(), Money::plus);
        List<StatementLine> movements = new ArrayList<>();
        for (InvoiceHistory history : invoices) {
            Invoice invoice = history.invoice();
            if (within(invoice.invoiceDate(), from, to)) {
                movements.add(new StatementLine(invoice.invoiceDate(), StatementLine.Kind.INVOICE, invoice.number(),
                        "Invoice, due " + invoice.dueDate(), invoice.total(), book.zero()));
            }
            for (Settlement settlement : history.settlements()) {
                if (within(settlement.date(), from, to) && !settlement.date().isBefore(invoice.invoiceDate())) {
                    boolean cash = settlement.isCash();
                    movements.add(new StatementLine(settlement.date(),
                            cash ? StatementLine.Kind.PAYMENT : StatementLine.Kind.CREDIT, settlement.reference(),
                            (cash ? "Payment on " : "Credit on ") + invoice.number(), settlement.amount().negate(),
                            book.zero()));
                }
            }
        }
        movements.sort(Comparator.comparing(StatementLine::date).thenComparing(l -> l.kind().ordinal()));
        List<StatementLine> lines = new ArrayList<>();
        Money running = opening;
        for (StatementLine line : movements) {
            running = running.plus(line.amount());
            lines.add(new StatementLine(line.date(), line.kind(), line.document(), line.description(), line.amount(), running));
        }
        List<OpenItem> open = invoices.stream().filter(h -> h.balanceOn(to).isPositive())
                .map(h -> new OpenItem(h.invoice().number(), h.invoice().invoiceDate(), h.invoice().dueDate(),
                        h.invoice().total(), h.balanceOn(to), ChronoUnit.DAYS.between(h.invoice().dueDate(), to)))
                .toList();
        Money closing = open.stream().map(OpenItem::balance).reduce(book.zero(), Money::plus);
        return new CustomerStatement(customer, from, to, opening, lines, open, Aging.of(open, book.zero()), closing);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
