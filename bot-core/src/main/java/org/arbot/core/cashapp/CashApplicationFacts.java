package org.arbot.core.cashapp;

import java.time.LocalDate;
import java.util.List;
import org.arbot.core.ar.BankLine;

/**
 * Everything the agent decides one bank line from: the line, what its reference and remittance say, the customers it
 * may come from with their open invoices, the settings, and when.
 */
record CashApplicationFacts(BankLine line, Remittance remittance, List<Candidate> candidates,
        CashApplicationSettings settings, LocalDate asOf) {

    CashApplicationFacts {
        candidates = List.copyOf(candidates);
    }
}
