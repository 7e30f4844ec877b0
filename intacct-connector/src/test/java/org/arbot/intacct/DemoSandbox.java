package org.arbot.intacct;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The sandbox's demo company for one test class, at a fixed clock: started before its tests, restored to its seed
 * before each test, closed after; with the REST ledger connected to it. Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class DemoSandbox implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    private IntacctSandbox sandbox;
    private IntacctLedger ledger;

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK));
        ledger = IntacctLedger.connect(settings(), CLOCK);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }

    IntacctSandbox sandbox() {
        return sandbox;
    }

    IntacctLedger ledger() {
        return ledger;
    }

    IntacctSettings settings() {
        return IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret());
    }
}
