package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.arbot.core.close.GlAccount;
import org.arbot.core.close.JournalLine;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The general ledger through the REST client against the sandbox's chart of accounts and journal entries. */
class IntacctGeneralLedgerIT {

    @RegisterExtension
    static final DemoSandbox demo = new DemoSandbox();
    private static IntacctGeneralLedger ledger;

    @BeforeAll
    static void connect() {
        ledger = IntacctGeneralLedger.connect(demo.settings(), DemoSandbox.CLOCK, List.of("1200"));
    }

    @Test
    void the_receivables_account_is_read_by_its_number_with_its_name() {
        assertThat(ledger.receivablesAccounts()).containsExactly(new GlAccount("1200", "Accounts Receivable"));
    }

    @Test
    void the_planted_manual_entry_to_the_ar_account_is_found_as_manual_with_its_author() {
        GlAccount ar = ledger.receivablesAccounts().get(0);
        List<JournalLine> october = ledger.lines(ar, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(october).filteredOn(line -> line.source() == JournalLine.Source.MANUAL).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.of("2500.00", "USD"));
            assertThat(line.postingDate()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(line.createdBy()).isEqualTo("jsmith");
            assertThat(line.journal()).isEqualTo("GJ");
        });
        assertThat(october).filteredOn(line -> line.source() == JournalLine.Source.SUBLEDGER).isNotEmpty();
    }

    @Test
    void a_balance_is_the_sum_of_the_lines_posted_up_to_the_period_end() {
        GlAccount ar = ledger.receivablesAccounts().get(0);
        Money september = ledger.balance(ar, YearMonth.of(2026, 9));
        Money october = ledger.balance(ar, YearMonth.of(2026, 10));
        Money movement = ledger.lines(ar, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)).stream()
                .map(JournalLine::amount).reduce(Money.zero("USD"), Money::plus);
        assertThat(october).isEqualTo(september.plus(movement));
        assertThat(october.isPositive()).isTrue();
    }
}
