package org.arbot.app.ledger;

import java.time.Duration;
import java.util.Optional;
import org.arbot.app.config.ArbotProperties;
import org.arbot.app.config.RunningPart;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;

/** Where the ledger lives: the sandbox on loopback or a real Intacct company; describes itself without secrets. */
public record IntacctConnection(IntacctSettings settings, boolean sandbox) implements RunningPart {

    static IntacctConnection toSandbox(IntacctSandbox running, Duration timeout) {
        return new IntacctConnection(new IntacctSettings(running.baseUrl(), running.clientId(), running.clientSecret(),
                Optional.empty(), Optional.empty(), timeout), true);
    }

    public static IntacctConnection toCompany(ArbotProperties.Intacct intacct) {
        return new IntacctConnection(new IntacctSettings(intacct.baseUrl(), intacct.clientId(), intacct.clientSecret(),
                Optional.ofNullable(blankToNull(intacct.refreshToken())), Optional.ofNullable(blankToNull(intacct.entityId())),
                intacct.timeout()), false);
    }

    @Override
    public String name() {
        return "Intacct";
    }

    @Override
    public String describe() {
        return (sandbox ? "sandbox (seeded demo company) at " : "Sage Intacct at ") + settings.baseUrl()
                + settings.entityId().map(entity -> ", entity " + entity).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
