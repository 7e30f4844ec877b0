package org.arbot.core.deductions;

import java.util.List;
import java.util.Map;

/** Example phrasings of each deduction reason, the anchors free text is compared with. */
final class ReasonExamples {

    private ReasonExamples() {
    }

    static final Map<DeductionReason, List<String>> BY_REASON = Map.of(
            DeductionReason.PRICING, List.of(
                    "billed at the wrong price", "invoice price higher than the agreed contract price",
                    "you charged more than the quoted rate", "price difference on the order", "unit cost does not match our purchase order",
                    "rate billed above agreement", "we were charged the old list price"),
            DeductionReason.DAMAGE, List.of(
                    "goods arrived damaged", "product broken on arrival", "cases were crushed in transit",
                    "items received in unsellable condition", "torn packaging and wet boxes", "units arrived smashed",
                    "merchandise unusable when delivered", "bottles cracked and leaking", "water soaked boxes, goods spoiled"),
            DeductionReason.SHORTAGE, List.of(
                    "we received fewer units than billed", "cartons missing from the delivery", "quantity delivered less than invoiced",
                    "only part of the shipment arrived", "pallet not delivered", "count short at receiving",
                    "billed for items we never got"),
            DeductionReason.PROMOTION, List.of(
                    "trade promotion allowance", "co-operative advertising funds", "slotting fee for new items",
                    "display allowance for in-store display", "marketing development funds", "promotional rebate agreed with your sales rep",
                    "feature ad and end cap program", "seasonal promo support"),
            DeductionReason.FREIGHT, List.of(
                    "shipping charges not agreed", "delivery cost deducted", "freight should have been prepaid",
                    "transport costs charged to us in error", "we do not pay for carriage", "trucking charge not on the purchase order", "carrier costs are yours under FOB destination terms"),
            DeductionReason.EARLY_PAY_DISCOUNT, List.of(
                    "early payment discount taken", "paid within the discount period", "two percent off for paying early",
                    "prompt payment discount", "cash discount per terms"),
            DeductionReason.TAX, List.of(
                    "sales tax charged in error", "we are tax exempt", "exemption certificate on file",
                    "tax should not have been billed", "withholding tax deducted", "levy not applicable to us"),
            DeductionReason.RETURN, List.of(
                    "credit for goods sent back", "merchandise returned to you", "returned items awaiting credit",
                    "we shipped the product back", "return authorization credit", "unsold stock returned"),
            DeductionReason.BANK_FEE, List.of(
                    "bank charges", "wire transfer fee", "fees charged by the intermediary bank", "transaction fee deducted by our bank"));
}
