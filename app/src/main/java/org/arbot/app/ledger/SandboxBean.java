package org.arbot.app.ledger;

import java.time.Clock;
import java.util.Optional;
import org.arbot.app.config.ArbotProperties;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;

/** The embedded Intacct sandbox when arbot runs on its defaults, or nothing when a real company is configured. */
public final class SandboxBean implements AutoCloseable {

    private final IntacctSandbox sandbox;

    private SandboxBean(IntacctSandbox sandbox) {
        this.sandbox = sandbox;
    }

    static SandboxBean start(ArbotProperties.Sandbox settings, Clock clock) {
        return new SandboxBean(IntacctSandbox.start(new SandboxOptions(settings.port(), settings.seed(), clock)));
    }

    static SandboxBean none() {
        return new SandboxBean(null);
    }

    public Optional<IntacctSandbox> running() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
