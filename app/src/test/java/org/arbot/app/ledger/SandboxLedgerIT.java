package org.arbot.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.arbot.core.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** With no Intacct company configured, the app runs on the sandbox and reads it through the real REST client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sandbox-ledger;DB_CLOSE_DELAY=-1")
class SandboxLedgerIT {

    @Autowired
    Ledger ledger;

    @Autowired
    IntacctConnection connection;

    @Autowired
    TestRestTemplate http;

    @Test
    void the_embedded_default_ledger_is_the_seeded_sandbox_on_loopback() {
        assertThat(connection.sandbox()).isTrue();
        assertThat(connection.settings().baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(connection.describe()).startsWith("sandbox (seeded demo company) at http://127.0.0.1:");
        assertThat(ledger.customers()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(ledger.openInvoices()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(ledger.ordersAwaitingApproval()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ledger.unappliedBankLines()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void health_is_up() {
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }
}
