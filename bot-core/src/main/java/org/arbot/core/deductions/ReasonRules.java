package org.arbot.core.deductions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deduction reason from the codes and words AR teams see on remittances ({@code DMG}, {@code co-op},
 * {@code RMA 4432}); the first rule that matches wins, so the more specific reasons come first.
 */
final class ReasonRules {

    /**
     * A reason and its pattern, with literals of which every alternative of the pattern contains at least one: the
     * pattern can only match text that contains one of them, so it is not run on text that contains none.
     */
    private record Rule(DeductionReason reason, Pattern pattern, List<String> literals) {

        boolean mayMatch(String upper) {
            return containsAny(upper, literals);
        }
    }

    private static final Pattern CODE = Pattern.compile(
            "\\b(?:REASON|RSN|DED(?:UCTION)?|ADJ(?:USTMENT)?)\\s*(?:CODE|CD)?\\s*[:#=]?\\s*([A-Z]{2})\\b");
    /** CODE starts with one of these. */
    private static final List<String> CODE_WORDS = List.of("REASON", "RSN", "DED", "ADJ");

    private static final Map<String, DeductionReason> CODES = Map.of(
            "PR", DeductionReason.PRICING, "DM", DeductionReason.DAMAGE, "SH", DeductionReason.SHORTAGE,
            "PM", DeductionReason.PROMOTION, "FR", DeductionReason.FREIGHT, "DS", DeductionReason.EARLY_PAY_DISCOUNT,
            "TX", DeductionReason.TAX, "RT", DeductionReason.RETURN, "BF", DeductionReason.BANK_FEE);

    private static final List<Rule> RULES = List.of(
            rule(DeductionReason.BANK_FEE, "\\bBANK (?:FEES?|CHARGES?)\\b|\\b(?:WIRE|TRANSFER|INTERMEDIARY|CORRESPONDENT|LIFTING|REMITTANCE) (?:BANK )?(?:FEES?|CHARGES?)\\b",
                    "FEE", "CHARGE"),
            rule(DeductionReason.RETURN, "\\bRETURN(?:S|ED)?\\b|\\bRTN\\b|\\bR[MG]A\\b|\\bSENT BACK\\b",
                    "RETURN", "RTN", "RMA", "RGA", "SENT BACK"),
            rule(DeductionReason.EARLY_PAY_DISCOUNT, "\\b(?:CASH|EARLY[ -]?PAY(?:MENT)?|PROMPT[ -]?PAY(?:MENT)?|TERMS?|PMT) DISC(?:OUNT)?\\b|\\b\\d+(?:\\.\\d+)? ?% ?(?:DISC(?:OUNT)?|DISC TAKEN)\\b|\\b\\d{1,2}/\\d{1,2},? ?N(?:ET)? ?\\d{2}\\b|\\bDISC(?:OUNT)? TAKEN\\b",
                    "DISC", "/"),
            rule(DeductionReason.PROMOTION, "\\bPROMO(?:TION(?:AL)?)?S?\\b|\\bCO-?OP\\b|\\bSLOTTING\\b|\\bDISPLAY (?:ALLOWANCE|FEE)\\b|\\bMDF\\b|\\bTRADE (?:SPEND|ALLOWANCE|FUNDS?|PROGRAM)\\b|\\bSCAN[ -]?BACK\\b|\\bEND ?CAPS?\\b|\\bADVERTISING\\b|\\bAD (?:ALLOWANCE|FEE)\\b|\\bBILL ?BACK\\b|\\bFEATURE (?:FEE|AD)\\b|\\bMARKDOWN ALLOWANCE\\b",
                    "PROMO", "OP", "SLOTTING", "DISPLAY", "MDF", "TRADE", "SCAN", "CAP", "ADVERTISING", "AD ", "BACK",
                    "FEATURE", "MARKDOWN"),
            rule(DeductionReason.TAX, "\\bTAX(?:ES|ABLE)?\\b|\\bVAT\\b|\\bGST\\b|\\bHST\\b|\\bEXEMPT(?:ION)?\\b",
                    "TAX", "VAT", "GST", "HST", "EXEMPT"),
            rule(DeductionReason.DAMAGE, "\\bDAMAGE[SD]?\\b|\\bDMG\\b|\\bBROKEN\\b|\\bCRUSHED\\b|\\bDEFECTIVE\\b|\\bSPOIL(?:ED|AGE)\\b|\\bLEAK(?:ING|ED)?\\b|\\bDENTED\\b",
                    "DAMAGE", "DMG", "BROKEN", "CRUSHED", "DEFECTIVE", "SPOIL", "LEAK", "DENTED"),
            rule(DeductionReason.SHORTAGE, "\\bSHORTAGES?\\b|\\bSHORT[ -]?SHIP(?:PED|MENT)?\\b|\\bSHORT (?:RECEIPT|RECEIVED|DELIVER(?:Y|ED)|QTY|QUANTITY|COUNT)\\b|\\bSHRT\\b|\\bMISSING\\b|\\b(?:NOT|NEVER) (?:RECEIVED|DELIVERED)\\b|\\bQTY (?:DIFF|VAR(?:IANCE)?)\\b|\\bUNDER ?SHIP(?:PED)?\\b",
                    "SHORT", "SHRT", "MISSING", "RECEIVED", "DELIVERED", "QTY", "UNDER"),
            rule(DeductionReason.FREIGHT, "\\bFREIGHT\\b|\\bFRT\\b|\\bSHIPPING (?:CHARGES?|COSTS?|FEES?)\\b|\\bDELIVERY (?:CHARGES?|FEES?)\\b|\\bCARRIAGE\\b|\\bCARRIER (?:CHARGES?|FEES?|COSTS?)\\b|\\bTRUCKING\\b|\\bFUEL SURCHARGE\\b",
                    "FREIGHT", "FRT", "SHIPPING", "DELIVERY", "CARRI", "TRUCKING", "FUEL"),
            rule(DeductionReason.PRICING, "\\bPRIC(?:E|ES|ING)\\b|\\bPRC\\b|\\bCOST (?:DIFF(?:ERENCE)?|VARIANCE)\\b|\\bOVER ?CHARGE[SD]?\\b|\\bOVER ?BILL(?:ED|ING)?\\b|\\bPPV\\b|\\bUNIT COST\\b",
                    "PRIC", "PRC", "COST", "OVER", "PPV"));

    private ReasonRules() {
    }

    private static Rule rule(DeductionReason reason, String regex, String... literals) {
        return new Rule(reason, Pattern.compile(regex), List.of(literals));
    }

    private static boolean containsAny(String upper, List<String> literals) {
        for (String literal : literals) {
            if (upper.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The reason a code or keyword in {@code text} names, with the matched clause as evidence; empty when none does. */
    static Optional<Classification> classify(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        Optional<Classification> coded = containsAny(upper, CODE_WORDS) ? byCode(upper) : Optional.empty();
        if (coded.isPresent()) {
            return coded;
        }
        for (Rule rule : RULES) {
            if (!rule.mayMatch(upper)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(upper);
            if (m.find()) {
                return Optional.of(new Classification(rule.reason, DeductionText.clauseAround(text, m.start()), 0.95));
            }
        }
        return Optional.empty();
    }

    private static Optional<Classification> byCode(String upper) {
        Matcher code = CODE.matcher(upper);
        while (code.find()) {
            DeductionReason reason = CODES.get(code.group(1));
            if (reason != null) {
                return Optional.of(new Classification(reason, code.group().trim(), 0.97));
            }
        }
        return Optional.empty();
    }
}
