package org.arbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ConsoleAccessTest {

    private static final ConsoleAccess LOOPBACK_ONLY = new ConsoleAccess(false, Map.of());
    private static final ConsoleAccess EXPOSED = new ConsoleAccess(true, Map.of("chris", "s3cret-chris", "victor", ""));

    @Test
    void a_request_from_loopback_reaches_the_console() throws Exception {
        assertThat(status(LOOPBACK_ONLY, request("127.0.0.1", null))).isEqualTo(200);
        assertThat(status(LOOPBACK_ONLY, request("::1", null))).isEqualTo(200);
    }

    @Test
    void a_request_from_another_address_is_refused_unless_the_console_is_exposed() throws Exception {
        MockHttpServletResponse response = respond(LOOPBACK_ONLY, request("192.0.2.10", null));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getErrorMessage()).contains("arbot.console.exposed");
    }

    @Test
    void an_exposed_console_asks_for_a_login_even_on_loopback() throws Exception {
        MockHttpServletResponse response = respond(EXPOSED, request("127.0.0.1", null));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
    }

    @Test
    void an_exposed_console_lets_a_configured_login_in_and_remembers_who_it_is() throws Exception {
        MockHttpServletRequest request = request("192.0.2.10", basic("chris", "s3cret-chris"));
        assertThat(status(EXPOSED, request)).isEqualTo(200);
        assertThat(request.getAttribute(ConsoleAccess.LOGIN)).isEqualTo("chris");
    }

    @Test
    void a_wrong_password_an_unknown_login_or_an_empty_password_is_not_a_login() throws Exception {
        assertThat(status(EXPOSED, request("192.0.2.10", basic("chris", "guess")))).isEqualTo(401);
        assertThat(status(EXPOSED, request("192.0.2.10", basic("mallory", "s3cret-chris")))).isEqualTo(401);
        assertThat(status(EXPOSED, request("192.0.2.10", basic("victor", "")))).isEqualTo(401);
        assertThat(status(EXPOSED, request("192.0.2.10", "Basic not-base64!"))).isEqualTo(401);
    }

    private static MockHttpServletRequest request(String from, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console/api/feed");
        request.setRemoteAddr(from);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int status(ConsoleAccess access, MockHttpServletRequest request) throws Exception {
        return respond(access, request).getStatus();
    }

    private static MockHttpServletResponse respond(ConsoleAccess access, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        access.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
