package org.arbot.app.cashapp;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.arbot.core.deductions.DeductionReason;

/** How customers explain short payments on remittances: codes, terse notes and free sentences, per reason. */
final class DeductionPhrases {

    static final List<DeductionReason> REASONS = List.of(DeductionReason.PRICING, DeductionReason.DAMAGE,
            DeductionReason.SHORTAGE, DeductionReason.PROMOTION, DeductionReason.FREIGHT, DeductionReason.TAX,
            DeductionReason.RETURN);

    private static final Map<DeductionReason, List<String>> PHRASES = Map.of(
            DeductionReason.PRICING, List.of("pricing error", "price diff per contract", "PRC DIFF", "billed above agreed price",
                    "unit cost higher than our PO", "charged old list price", "rate not per our agreement", "overcharged on item 4471",
                    "RSN CD: PR", "cost variance vs quote"),
            DeductionReason.DAMAGE, List.of("damaged goods", "DMG", "3 cases crushed in transit", "product arrived broken",
                    "received in unsellable condition", "wet cartons, product ruined", "units smashed on delivery",
                    "leaking containers", "defective units", "DED CODE DM"),
            DeductionReason.SHORTAGE, List.of("shortage", "short shipped 2 cs", "missing 1 pallet", "qty not received",
                    "only 8 of 10 boxes arrived", "fewer cartons delivered than invoiced", "delivery incomplete",
                    "SHRT", "pallet count short at receiving", "billed for items we never got"),
            DeductionReason.PROMOTION, List.of("co-op advertising", "slotting fee", "display allowance", "Q3 trade promo",
                    "MDF claim", "end cap program", "feature ad support", "promotional allowance per agreement",
                    "spring sale support as agreed with your rep", "scan-back allowance"),
            DeductionReason.FREIGHT, List.of("freight", "FRT charges", "shipping charges not agreed", "delivery charge deducted",
                    "transport costs should be prepaid", "we don't pay for trucking", "carrier charge, terms FOB destination",
                    "fuel surcharge not accepted"),
            DeductionReason.TAX, List.of("sales tax exempt", "tax charged in error", "exemption cert on file",
                    "resale certificate on file", "VAT not applicable", "no sales tax on resale items", "ADJ CD TX"),
            DeductionReason.RETURN, List.of("RMA 4432", "returned merchandise", "credit for goods sent back", "RTN",
                    "goods shipped back to you last month", "unsold stock returned per agreement",
                    "awaiting credit memo for return", "RGA 88213"));

    private final Random random;

    DeductionPhrases(Random random) {
        this.random = random;
    }

    DeductionReason reason() {
        return REASONS.get(random.nextInt(REASONS.size()));
    }

    /** A remittance explaining a deduction of {@code amount} on the quoted invoice. */
    String remittance(DeductionReason reason, String quoted, String amount) {
        List<String> phrases = PHRASES.get(reason);
        String phrase = phrases.get(random.nextInt(phrases.size()));
        return switch (random.nextInt(5)) {
            case 0 -> quoted + " short paid " + amount + " - " + phrase;
            case 1 -> quoted + " less " + amount + " " + phrase;
            case 2 -> "Deduction " + amount + ": " + phrase + "; " + quoted;
            case 3 -> phrase + " (" + amount + ") deducted from " + quoted;
            default -> quoted + " | ded " + amount + " | " + phrase;
        };
    }
}
