package org.arbot.core.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.credit.LedgerFixture;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CollectionsBacktestTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 27);
    private static final LocalDate START = END.minusMonths(15).withDayOfMonth(1);

    /** Eight large accounts always carry a month of overdue; a third of the small ones slide from their habit. */
    @Test
    void on_a_history_where_some_customers_slide_the_risk_ranking_beats_sorting_by_overdue_amount() {
        Random random = new Random(7);
        List<Customer> customers = new ArrayList<>();
        List<Invoice> history = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            String id = "C" + c;
            customers.add(LedgerFixture.customer(id, "100000.00", "alice"));
            boolean large = c % 5 == 0;
            int habit = large ? 20 : new int[] {-2, 3, 10, 20}[c % 4];
            int size = large ? 40000 : 2000 + random.nextInt(3000);
            int slideFrom = c % 3 == 0 && !large ? 7 + random.nextInt(7) : Integer.MAX_VALUE;
            history.addAll(invoices(id, habit, size, slideFrom, random));
        }

        BacktestResult result = new CollectionsBacktest().run(customers, history, END);

        assertThat(result.months()).isGreaterThanOrEqualTo(7);
        assertThat(result.positives()).isPositive();
        assertThat(result.risk().precision()).isGreaterThan(result.overdue().precision());
        assertThat(result.risk().recall()).isGreaterThan(result.overdue().recall());
        assertThat(result.risk().recall()).isGreaterThan(new java.math.BigDecimal("0.5"));
    }

    @Test
    void customers_who_keep_their_habits_give_no_positives() {
        List<Customer> customers = List.of(LedgerFixture.customer("C1", "100000.00", "alice"));

        BacktestResult result = new CollectionsBacktest().run(customers, invoices("C1", 20, 5000, Integer.MAX_VALUE, new Random(1)), END);

        assertThat(result.positives()).isZero();
        assertThat(result.risk().hits()).isZero();
    }

    /** Three invoices a month on net 30, paid {@code habit} days late give or take 4, sliding by 15 then 45 days from a month on. */
    private static List<Invoice> invoices(String customer, int habit, int size, int slideFrom, Random random) {
        List<Invoice> invoices = new ArrayList<>();
        for (int month = 0; month < 15; month++) {
            int late = habit + (month < slideFrom ? 0 : month == slideFrom ? 15 : 45);
            for (int day : new int[] {1, 10, 20}) {
                LocalDate date = START.plusMonths(month).plusDays(day);
                LocalDate due = date.plusDays(30);
                LocalDate paid = due.plusDays(late + random.nextInt(9) - 4);
                Money total = Money.of(String.valueOf(size + random.nextInt(500)), "USD");
                boolean open = !paid.isBefore(END);
                invoices.add(new Invoice(InvoiceId.of(customer + "-" + month + "-" + day), "INV", CustomerId.of(customer), date,
                        due, total, open ? total : Money.zero("USD"), Optional.empty(),
                        open ? InvoiceState.POSTED : InvoiceState.PAID, open ? Optional.empty() : Optional.of(paid)));
            }
        }
        return invoices;
    }
}
