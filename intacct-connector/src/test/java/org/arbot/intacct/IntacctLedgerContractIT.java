package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The ledger contract through the REST client, over HTTP, against the sandbox's demo company. */
class IntacctLedgerContractIT extends LedgerContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static IntacctSandbox sandbox;
    private static IntacctLedger ledger;

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK));
        ledger = IntacctLedger.connect(IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret()), CLOCK);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void restoreTheSeed() {
        sandbox.reset();
    }

    @Override
    Ledger ledger() {
        return ledger;
    }

    @Override
    LocalDate today() {
        return LocalDate.now(CLOCK);
    }
}
