package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/** Tells what a request to the API does, for {@link SandboxCalls}: a composite counts as a write when any sub-request writes. */
final class CallKinds {

    private static final Pattern KEY = Pattern.compile("/(\\d+)$");

    private CallKinds() {
    }

    static SandboxCalls.Kind of(String method, String route, String body, ObjectMapper json) {
        if (route.equals("/oauth2/token")) {
            return SandboxCalls.Kind.TOKEN;
        }
        if (route.startsWith("/services/delivery/event/")) {
            return SandboxCalls.Kind.EVENTS;
        }
        if (route.equals(SandboxRouter.COMPOSITE)) {
            return compositeWrites(body, json) ? SandboxCalls.Kind.WRITE : SandboxCalls.Kind.READ;
        }
        return reads(method, route) ? SandboxCalls.Kind.READ : SandboxCalls.Kind.WRITE;
    }

    /** The route with a trailing record key replaced by {@code {key}}, so that counts group by operation. */
    static String pattern(String route) {
        return KEY.matcher(route).replaceFirst("/{key}");
    }

    private static boolean reads(String method, String route) {
        return method.equals("GET") || route.equals("/services/core/query");
    }

    private static boolean compositeWrites(String body, ObjectMapper json) {
        try {
            JsonNode requests = json.readTree(body);
            if (requests == null || !requests.isArray()) {
                return false;
            }
            for (JsonNode request : requests) {
                if (!reads(request.path("method").asText(), request.path("path").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
