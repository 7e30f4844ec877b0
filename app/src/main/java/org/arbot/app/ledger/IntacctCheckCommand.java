package org.arbot.app.ledger;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.intacct.IntacctCheck;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;

/**
 * {@code arbot intacct check}: obtains a token from the Intacct company given by options or {@code ARBOT_INTACCT_*}
 * variables (or from the sandbox started in-process when none is given), runs one small query and prints what it
 * reached; exit 1 with what to do when the token is refused or the company cannot be reached.
 */
public final class IntacctCheckCommand implements Command {

    static final String DEFAULT_BASE_URL = "https://api.intacct.com/ia/api/v1";
    private final Map<String, String> environment;
    private final Clock clock;

    public IntacctCheckCommand(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public List<String> name() {
        return List.of("intacct", "check");
    }

    @Override
    public String summary() {
        return "check that arbot can reach the Intacct company (or the sandbox)";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot intacct check [--base-url URL] [--client-id ID] [--client-secret SECRET] [--entity ID]

                Obtains an OAuth token, runs one small query and prints the base URL, the entity and how many
                customers and open invoices the company holds. Options fall back to ARBOT_INTACCT_BASE_URL,
                ARBOT_INTACCT_CLIENT_ID, ARBOT_INTACCT_CLIENT_SECRET and ARBOT_INTACCT_ENTITY_ID; with no client id at
                all, the embedded sandbox is started and checked. Exit 0 when reached, 1 when not.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("base-url", "client-id", "client-secret", "entity"), Set.of());
        Optional<String> clientId = setting(options, "client-id", "ARBOT_INTACCT_CLIENT_ID");
        if (clientId.isEmpty()) {
            try (IntacctSandbox sandbox = IntacctSandbox.start(SandboxOptions.defaults(clock))) {
                out.println("No Intacct company configured: checking the embedded sandbox.");
                return report(IntacctCheck.run(IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(),
                        sandbox.clientSecret()), clock), out, err);
            }
        }
        String secret = setting(options, "client-secret", "ARBOT_INTACCT_CLIENT_SECRET")
                .orElseThrow(() -> new UsageException("--client-secret or ARBOT_INTACCT_CLIENT_SECRET is needed with a client id"));
        URI base = URI.create(setting(options, "base-url", "ARBOT_INTACCT_BASE_URL").orElse(DEFAULT_BASE_URL));
        IntacctSettings settings = new IntacctSettings(base, clientId.get(), secret, Optional.empty(),
                setting(options, "entity", "ARBOT_INTACCT_ENTITY_ID"), Duration.ofSeconds(30));
        return report(IntacctCheck.run(settings, clock), out, err);
    }

    private Optional<String> setting(Options options, String option, String variable) {
        return options.value(option).or(() -> Optional.ofNullable(environment.get(variable))).filter(v -> !v.isBlank());
    }

    static int report(IntacctCheck.Outcome outcome, PrintStream out, PrintStream err) {
        if (outcome instanceof IntacctCheck.Reached reached) {
            out.println("Reached Intacct at " + reached.baseUrl());
            out.println("  entity: " + reached.entity().orElse("top level (no entity given)"));
            out.println("  token: granted");
            out.println("  customers: " + reached.customers());
            out.println("  open invoices: " + reached.openInvoices());
            return OK;
        }
        if (outcome instanceof IntacctCheck.TokenRefused refused) {
            err.println("Intacct at " + refused.baseUrl() + " refused arbot's token (" + refused.code() + ": "
                    + refused.message() + ").");
            err.println("Re-authorize arbot in Intacct: check the client id and secret, or grant consent again for a new"
                    + " refresh token.");
            return FAILED;
        }
        IntacctCheck.Unreachable failed = (IntacctCheck.Unreachable) outcome;
        err.println("Could not reach Intacct at " + failed.baseUrl() + " (" + failed.code() + "): " + failed.message());
        return FAILED;
    }
}
