package org.arbot.app.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request reach the console only from loopback, unless the console is exposed; an exposed console asks for an
 * HTTP Basic login from {@code arbot.console.users} and remembers it in the request attribute {@link #LOGIN}.
 */
final class ConsoleAccess extends OncePerRequestFilter {

    static final String LOGIN = "arbot.console.login";

    private final boolean exposed;
    private final Map<String, String> users;

    ConsoleAccess(boolean exposed, Map<String, String> users) {
        this.exposed = exposed;
        this.users = Map.copyOf(users);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!exposed) {
            if (!loopback(request.getRemoteAddr())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "The console answers on loopback only; "
                        + "set arbot.console.exposed=true with arbot.console.users to share it.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<String> login = login(request.getHeader("Authorization"));
        if (login.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"arbot console\", charset=\"UTF-8\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in to the arbot console.");
            return;
        }
        request.setAttribute(LOGIN, login.get());
        chain.doFilter(request, response);
    }

    private Optional<String> login(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String expected = users.get(user);
        boolean matches = expected != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(user) : Optional.empty();
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
