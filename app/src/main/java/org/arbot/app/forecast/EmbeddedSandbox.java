package org.arbot.app.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.arbot.core.close.GeneralLedger;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.IntacctGeneralLedger;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;

/** The Intacct sandbox started in-process for a command, and the ledger reading it through the REST client. */
final class EmbeddedSandbox implements AutoCloseable {

    private final IntacctSandbox sandbox;
    private final IntacctSettings settings;
    private final Ledger ledger;
    private final Clock clock;

    private EmbeddedSandbox(IntacctSandbox sandbox, IntacctSettings settings, Clock clock) {
        this.sandbox = sandbox;
        this.settings = settings;
        this.ledger = IntacctLedger.connect(settings, clock);
        this.clock = clock;
    }

    /** The demo company of {@code seed}, with its history ending the day before {@code asOf}. */
    static EmbeddedSandbox start(long seed, LocalDate asOf) {
        Clock at = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        IntacctSandbox sandbox = IntacctSandbox.start(new SandboxOptions(0, seed, at));
        IntacctSettings settings = new IntacctSettings(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret(),
                Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
        return new EmbeddedSandbox(sandbox, settings, at);
    }

    Ledger ledger() {
        return ledger;
    }

    /** The sandbox company's general ledger through the REST client, with {@code 1200} as the AR control account. */
    GeneralLedger generalLedger() {
        return IntacctGeneralLedger.connect(settings, clock, List.of("1200"));
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
