package org.arbot.intacct.sandbox;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start the sandbox: the loopback port (0 takes any free one), the seed of the demo company and the clock whose
 * date the company's history ends at; the same seed and date always give the same company.
 */
public record SandboxOptions(int port, long seed, Clock clock) {

    public SandboxOptions {
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
    }

    /** Any free port, seed 42. */
    public static SandboxOptions defaults(Clock clock) {
        return new SandboxOptions(0, 42, clock);
    }
}
