package org.arbot.cards.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Card;
import org.arbot.cards.Confirmation;
import org.arbot.cards.Fact;
import org.arbot.cards.Facts;
import org.arbot.cards.Header;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.Note;
import org.arbot.cards.Tone;

/** A short payment classified as a deduction: its class, whether it is valid and the evidence for both. */
public final class DeductionCard {

    /** What the card shows; the amount is in {@code currency}. */
    public record Deduction(String proposalId, String customerName, String invoiceId, BigDecimal amount,
                            String currency, String reasonClass, boolean valid, String validity,
                            List<String> evidence, String remittanceNote) {
    }

    private DeductionCard() {
    }

    public static Card of(Deduction d, LocalFormat f) {
        String amount = f.money(d.amount(), d.currency());
        String title = "Deduction on " + d.invoiceId() + ": " + amount;
        Map<String, String> ref = Proposals.ref(d.proposalId());
        return Card.of(title + " by " + d.customerName() + ", " + d.reasonClass() + ", "
                        + (d.valid() ? "looks valid" : "looks invalid") + ".",
                List.of(Header.of(title, d.customerName() + " \u00B7 " + d.reasonClass(),
                                d.valid() ? Tone.NEUTRAL : Tone.WARNING),
                        Facts.of(Fact.of("Class", d.reasonClass()),
                                Fact.of("Validity", (d.valid() ? "Valid: " : "Not valid: ") + d.validity()),
                                Fact.of("Invoice", d.invoiceId()), Fact.of("Amount", amount)),
                        Proposals.reasons(d.evidence()),
                        Note.of("Remittance note: " + d.remittanceNote())),
                List.of(Action.of("write_off", "Approve write-off", d.valid() ? ActionStyle.PRIMARY : ActionStyle.DEFAULT, ref)
                                .confirmedBy(Confirmation.of("Write off " + amount + "?",
                                        "Posts an adjustment of " + amount + " against " + d.invoiceId() + " in Intacct.")),
                        Action.of("dispute", "Dispute", d.valid() ? ActionStyle.DEFAULT : ActionStyle.PRIMARY, ref),
                        Proposals.reassign(d.proposalId()),
                        Proposals.why(d.proposalId())));
    }
}
