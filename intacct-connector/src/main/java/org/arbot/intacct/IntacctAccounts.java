package org.arbot.intacct;

import java.util.Objects;

/**
 * The GL accounts the ledger's writes name: where a payment lands without a bank account (undeposited funds), and the
 * accounts of a write-off and of a credit memo. Companies set their own; the defaults are Intacct's sample chart.
 */
public record IntacctAccounts(String undepositedFunds, String writeOff, String credit) {

    public IntacctAccounts {
        requireAccount(undepositedFunds, "undepositedFunds");
        requireAccount(writeOff, "writeOff");
        requireAccount(credit, "credit");
    }

    /** Undeposited funds {@code 1250}, write-offs {@code 4900}, credits {@code 4010}. */
    public static IntacctAccounts defaults() {
        return new IntacctAccounts("1250", "4900", "4010");
    }

    private static void requireAccount(String account, String name) {
        Objects.requireNonNull(account, name);
        if (account.isBlank()) {
            throw new IllegalArgumentException(name + " must name a GL account, got a blank");
        }
    }
}
