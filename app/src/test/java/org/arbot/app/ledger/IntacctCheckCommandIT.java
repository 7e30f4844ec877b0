package org.arbot.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.arbot.app.cli.Command;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;

class IntacctCheckCommandIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void with_nothing_configured_it_checks_the_embedded_sandbox_and_prints_what_it_reached() {
        int exit = run(Map.of(), List.of());
        assertThat(exit).isEqualTo(Command.OK);
        assertThat(text(out)).contains("embedded sandbox", "Reached Intacct at http://127.0.0.1:", "token: granted",
                "customers: 66", "open invoices: 307");
    }

    @Test
    void a_company_given_by_environment_and_options_is_reached_in_its_entity() {
        try (IntacctSandbox sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK))) {
            int exit = run(Map.of("ARBOT_INTACCT_CLIENT_ID", sandbox.clientId(),
                    "ARBOT_INTACCT_CLIENT_SECRET", sandbox.clientSecret()),
                    List.of("--base-url", sandbox.baseUrl().toString(), "--entity", "US-EAST"));
            assertThat(exit).isEqualTo(Command.OK);
            assertThat(text(out)).contains("Reached Intacct at " + sandbox.baseUrl(), "entity: US-EAST", "customers: 66");
        }
    }

    @Test
    void a_refused_token_says_to_re_authorize_arbot_and_exits_one() {
        try (IntacctSandbox sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK))) {
            int exit = run(Map.of(), List.of("--base-url", sandbox.baseUrl().toString(), "--client-id", sandbox.clientId(),
                    "--client-secret", "not-the-secret"));
            assertThat(exit).isEqualTo(Command.FAILED);
            assertThat(text(err)).contains("refused arbot's token", "Re-authorize arbot in Intacct");
            assertThat(text(out)).doesNotContain("Reached");
        }
    }

    private int run(Map<String, String> environment, List<String> args) {
        return new IntacctCheckCommand(environment, CLOCK).run(List.of(args.toArray(String[]::new)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
