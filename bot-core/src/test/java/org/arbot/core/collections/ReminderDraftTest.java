package org.arbot.core.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.credit.LedgerFixture;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class ReminderDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final CustomerId ACME = CustomerId.of("ACME");
    private final InMemoryLedger ledger = new InMemoryLedger().add(LedgerFixture.customer("ACME", "50000.00", "alice"));
    private final DraftingReminders drafting = new DraftingReminders(ledger, new InMemoryPromisesToPay(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void a_reminder_lists_every_overdue_invoice_with_its_amount_and_the_total() {
        ledger.add(LedgerFixture.open("ACME", "1200.00", TODAY, 12)).add(LedgerFixture.open("ACME", "3400.50", TODAY, 20))
                .add(LedgerFixture.open("ACME", "999.00", TODAY, -5));

        ReminderDraft draft = drafting.draft(ACME, Optional.empty());

        assertThat(draft.stage()).isEqualTo(ReminderStage.FRIENDLY);
        assertThat(draft.invoices()).hasSize(2);
        assertThat(draft.totalOverdue()).isEqualTo(Money.of("4600.50", "USD"));
        assertThat(draft.subject()).isEqualTo("Friendly reminder: USD 4,600.50 past due for Customer ACME");
        assertThat(draft.body()).contains("USD 1,200.00", "USD 3,400.50", "USD 4,600.50", "20 days past due")
                .doesNotContain("999.00");
    }

    @Test
    void the_stage_follows_the_oldest_invoice_unless_the_collector_chooses_one() {
        ledger.add(LedgerFixture.open("ACME", "1200.00", TODAY, 45));

        assertThat(drafting.draft(ACME, Optional.empty()).stage()).isEqualTo(ReminderStage.FIRM);
        assertThat(drafting.draft(ACME, Optional.empty()).subject()).startsWith("Overdue invoices:");
        ReminderDraft last = drafting.draft(ACME, Optional.of(ReminderStage.FINAL));
        assertThat(last.subject()).startsWith("Final notice:");
        assertThat(last.body()).contains("place new orders on hold");
    }

    @Test
    void the_collector_can_edit_the_text_but_keeps_the_listed_invoices() {
        ledger.add(LedgerFixture.open("ACME", "1200.00", TODAY, 12));
        ReminderDraft draft = drafting.draft(ACME, Optional.empty());

        ReminderDraft edited = draft.editedTo("About invoice INV", "Hi Sam, could you check this one?");

        assertThat(edited.edited()).isTrue();
        assertThat(edited.body()).isEqualTo("Hi Sam, could you check this one?");
        assertThat(edited.invoices()).isEqualTo(draft.invoices());
        assertThatThrownBy(() -> draft.editedTo("x", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_account_with_nothing_overdue_has_no_reminder() {
        ledger.add(LedgerFixture.open("ACME", "1200.00", TODAY, -3));

        assertThatThrownBy(() -> drafting.draft(ACME, Optional.empty())).hasMessageContaining("nothing overdue");
    }
}
