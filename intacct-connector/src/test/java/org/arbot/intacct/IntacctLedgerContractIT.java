package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.arbot.core.ledger.Ledger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger contract through the REST client, over HTTP, against the sandbox's demo company. */
class IntacctLedgerContractIT extends LedgerContract {

    private static final Clock CLOCK = DemoSandbox.CLOCK;

    @RegisterExtension
    static final DemoSandbox demo = new DemoSandbox();

    @Override
    Ledger ledger() {
        return demo.ledger();
    }

    @Override
    LocalDate today() {
        return LocalDate.now(CLOCK);
    }
}
