package org.arbot.core.cashapp;

import java.util.List;
import org.arbot.core.ar.BankLine;

/**
 * The first half of applying cash, which needs the customers but no invoice: reading a line's references and finding
 * who the payer may be. A batch can do it while the open invoices are still being loaded. Safe to share between
 * threads.
 */
public final class PreparingLines {

    private final CustomerDirectory customers;
    private final PayerAliases aliases;

    public PreparingLines(CustomerDirectory customers, PayerAliases aliases) {
        this.customers = customers;
        this.aliases = aliases;
    }

    public PreparedLine prepare(BankLine line) {
        Remittance remittance = RemittanceReader.read(line.reference(), line.remittance());
        boolean knownById = line.customerId().isPresent() && customers.find(line.customerId().get()).isPresent();
        List<PayerMatch> payers = knownById ? List.of() : customers.identify(line.payerName(), aliases);
        return new PreparedLine(line, remittance, payers);
    }

    CustomerDirectory customers() {
        return customers;
    }

    PayerAliases aliases() {
        return aliases;
    }
}
