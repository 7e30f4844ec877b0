package org.arbot.app.conversation;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;

/**
 * The ledger a command reads: the Intacct company named by {@code ARBOT_INTACCT_CLIENT_ID} (with
 * {@code ARBOT_INTACCT_CLIENT_SECRET} and optionally {@code ARBOT_INTACCT_BASE_URL}), else the sandbox started in-process.
 */
final class CommandLineLedger implements AutoCloseable {

    private final Ledger ledger;
    private final Optional<IntacctSandbox> sandbox;

    private CommandLineLedger(Ledger ledger, Optional<IntacctSandbox> sandbox) {
        this.ledger = ledger;
        this.sandbox = sandbox;
    }

    static CommandLineLedger open(Clock clock) {
        String clientId = System.getenv("ARBOT_INTACCT_CLIENT_ID");
        if (clientId != null && !clientId.isBlank()) {
            URI base = URI.create(Optional.ofNullable(System.getenv("ARBOT_INTACCT_BASE_URL"))
                    .orElse("https://api.intacct.com/ia/api/v1"));
            return new CommandLineLedger(IntacctLedger.connect(IntacctSettings.of(base, clientId,
                    System.getenv("ARBOT_INTACCT_CLIENT_SECRET")), clock), Optional.empty());
        }
        IntacctSandbox started = IntacctSandbox.start(SandboxOptions.defaults(clock));
        Ledger ledger = IntacctLedger.connect(IntacctSettings.of(started.baseUrl(), started.clientId(),
                started.clientSecret()), clock);
        return new CommandLineLedger(ledger, Optional.of(started));
    }

    Ledger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        sandbox.ifPresent(IntacctSandbox::close);
    }
}
