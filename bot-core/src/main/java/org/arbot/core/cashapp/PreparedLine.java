package org.arbot.core.cashapp;

import java.util.List;
import org.arbot.core.ar.BankLine;

/**
 * A bank line as far as it can be read before any invoice is looked at: what its reference and remittance quote, and
 * the customers its payer may be, best first (none when the line names a known customer by id).
 */
public final class PreparedLine {

    private final BankLine line;
    private final Remittance remittance;
    private final List<PayerMatch> payers;

    PreparedLine(BankLine line, Remittance remittance, List<PayerMatch> payers) {
        this.line = line;
        this.remittance = remittance;
        this.payers = List.copyOf(payers);
    }

    public BankLine line() {
        return line;
    }

    Remittance remittance() {
        return remittance;
    }

    List<PayerMatch> payers() {
        return payers;
    }
}
