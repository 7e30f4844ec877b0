package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Routes the REST subset the sandbox speaks: the token endpoint, the query service, object reads, the PATCHes and
 * POSTs the ledger client makes, and {@code POST /sandbox/reset}; every failure answers with Intacct's error envelope.
 */
final class SandboxRouter implements HttpHandler {

    static final String API = "/ia/api/v1";

    private final Supplier<DemoCompany> company;
    private final Runnable reset;
    private final OAuthTokens tokens;
    private final ObjectMapper json;
    private final Envelopes envelopes;
    private final QueryService queries;

    SandboxRouter(Supplier<DemoCompany> company, Runnable reset, OAuthTokens tokens, ObjectMapper json) {
        this.company = company;
        this.reset = reset;
        this.tokens = tokens;
        this.json = json;
        this.envelopes = new Envelopes(json);
        this.queries = new QueryService(envelopes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = route(exchange);
            } catch (SandboxError error) {
                reply = new Reply(error.status(), envelopes.error(error));
            } catch (JsonProcessingException e) {
                reply = new Reply(400, envelopes.error(SandboxError.invalid("the payload is not valid JSON", null)));
            } catch (RuntimeException e) {
                reply = new Reply(500, envelopes.error(new SandboxError(500, "internalError", "REST-1000", String.valueOf(e), null)));
            }
            byte[] bytes = reply.body() == null ? new byte[0] : json.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private record Reply(int status, JsonNode body) {
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/sandbox/reset") && method.equals("POST")) {
            reset.run();
            return new Reply(204, null);
        }
        if (!path.startsWith(API + "/")) {
            throw SandboxError.notFound("path " + path);
        }
        String route = path.substring(API.length());
        if (route.equals("/oauth2/token") && method.equals("POST")) {
            return new Reply(200, tokens.grant(body, json));
        }
        tokens.requireBearer(exchange.getRequestHeaders().getFirst("Authorization"));
        DemoCompany current = company.get();
        synchronized (current) {
            if (route.equals("/services/core/query") && method.equals("POST")) {
                return new Reply(200, queries.query(current, payload(body)));
            }
            if (route.startsWith("/objects/")) {
                return objects(current, method, route.substring("/objects/".length()), body);
            }
        }
        throw SandboxError.notFound("operation " + method + " " + route);
    }

    private Reply objects(DemoCompany current, String method, String rest, String body) throws IOException {
        for (SandboxObject object : SandboxObject.values()) {
            if (!rest.startsWith(object.objectName())) {
                continue;
            }
            String tail = rest.substring(object.objectName().length());
            if (tail.isEmpty() && method.equals("POST")) {
                return created(current, object, payload(body));
            }
            if (tail.isEmpty() && method.equals("GET")) {
                return new Reply(200, queries.query(current, json.createObjectNode().put("object", object.objectName())));
            }
            if (tail.startsWith("/") && tail.indexOf('/', 1) < 0) {
                String key = tail.substring(1);
                if (method.equals("GET")) {
                    ObjectNode record = current.live(object, key).orElseThrow(() -> SandboxError.notFound(object.objectName() + " " + key));
                    return new Reply(200, envelopes.single(record.deepCopy()));
                }
                if (method.equals("PATCH") && object == SandboxObject.CUSTOMER) {
                    return new Reply(200, envelopes.reference(object, RecordUpdates.patchCustomer(current, key, payload(body))));
                }
                if (method.equals("PATCH") && object == SandboxObject.SALES_ORDER) {
                    return new Reply(200, envelopes.reference(object, RecordUpdates.patchOrder(current, key, payload(body))));
                }
            }
        }
        throw SandboxError.notFound("operation " + method + " /objects/" + rest);
    }

    private Reply created(DemoCompany current, SandboxObject object, JsonNode payload) {
        ObjectNode record = switch (object) {
            case PAYMENT -> PaymentReceipts.post(current, payload);
            case ADJUSTMENT -> AdjustmentEntries.post(current, payload);
            default -> throw SandboxError.notFound("operation POST /objects/" + object.objectName());
        };
        return new Reply(201, envelopes.reference(object, record));
    }

    private JsonNode payload(String body) throws JsonProcessingException {
        if (body.isBlank()) {
            throw new SandboxError(400, "invalidRequest", "REST-1028", "A request requires a payload", null);
        }
        return json.readTree(body);
    }
}
