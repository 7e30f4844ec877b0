package org.arbot.core.conversation.answers;

import java.util.List;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Money;

/**
 * A received payment smaller than the invoices its remittance names: the shortfall and the deductions the remittance
 * states for it.
 */
record ShortPay(BankLine line, List<Invoice> invoices, Money invoiced, Money shortfall, List<StatedDeduction> deductions) {

    /** A deduction as the customer wrote it, with the reason it reads as. */
    record StatedDeduction(Money amount, String words, String reason) {
    }

    ShortPay {
        invoices = List.copyOf(invoices);
        deductions = List.copyOf(deductions);
    }
}
