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
 * Routes the REST subset the sandbox speaks: the token endpoint, the query service, the composite service, the event
 * queue, object reads, the PATCHes and POSTs, and {@code POST /sandbox/reset}; every failure answers with Intacct's
 * error envelope. Every request is counted in {@link SandboxCalls}; every create and order change queues an event.
 */
final class SandboxRouter implements HttpHandler {

    static final String API = "/ia/api/v1";
    static final String COMPOSITE = "/services/core/composite";
    private static final String EVENTS = "/services/delivery/event/";

    private final Supplier<DemoCompany> company;
    private final Runnable reset;
    private final OAuthTokens tokens;
    private final ObjectMapper json;
    private final Envelopes envelopes;
    private final QueryService queries;
    private final SandboxEventQueue events;
    private final SandboxCalls calls;
    private final CompositeService composite;

    SandboxRouter(Supplier<DemoCompany> company, Runnable reset, OAuthTokens tokens, ObjectMapper json,
            SandboxEventQueue events, SandboxCalls calls) {
        this.company = company;
        this.reset = reset;
        this.tokens = tokens;
        this.json = json;
        this.envelopes = new Envelopes(json);
        this.queries = new QueryService(envelopes);
        this.events = events;
        this.calls = calls;
        this.composite = new CompositeService(this::dispatch, envelopes, json);
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

    /** An answer: its HTTP status and body (null for none). */
    record Reply(int status, JsonNode body) {
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
        calls.record(CallKinds.of(method, route, body, json), method + " " + CallKinds.pattern(route));
        if (route.equals("/oauth2/token") && method.equals("POST")) {
            return new Reply(200, tokens.grant(body, json));
        }
        tokens.requireBearer(exchange.getRequestHeaders().getFirst("Authorization"));
        if (route.equals(COMPOSITE) && method.equals("POST")) {
            return composite.run(payload(body));
        }
        return dispatch(method, route, body.isBlank() ? null : payload(body));
    }

    /** One operation on the company, for a request of its own or a composite's sub-request. */
    Reply dispatch(String method, String route, JsonNode body) {
        if (route.startsWith(EVENTS)) {
            return eventQueue(method, route.substring(EVENTS.length()), body);
        }
        DemoCompany current = company.get();
        synchronized (current) {
            if (route.equals("/services/core/query") && method.equals("POST")) {
                return new Reply(200, queries.query(current, required(body)));
            }
            if (route.startsWith("/objects/")) {
                return objects(current, method, route.substring("/objects/".length()), body);
            }
        }
        throw SandboxError.notFound("operation " + method + " " + route);
    }

    private Reply eventQueue(String method, String operation, JsonNode body) {
        if (operation.equals("count") && method.equals("GET")) {
            return new Reply(200, envelopes.single(events.count()));
        }
        if (operation.equals("list") && method.equals("GET")) {
            return new Reply(200, envelopes.single(events.list()));
        }
        if (operation.equals("ack") && method.equals("POST")) {
            return new Reply(200, envelopes.single(events.acknowledge(required(body))));
        }
        throw SandboxError.notFound("operation " + method + " " + EVENTS + operation);
    }

    private Reply objects(DemoCompany current, String method, String rest, JsonNode body) {
        for (SandboxObject object : SandboxObject.values()) {
            if (!rest.startsWith(object.objectName())) {
                continue;
            }
            String tail = rest.substring(object.objectName().length());
            if (tail.isEmpty() && method.equals("POST")) {
                return created(current, object, required(body));
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
                    return new Reply(200, envelopes.reference(object, RecordUpdates.patchCustomer(current, key, required(body))));
                }
                if (method.equals("PATCH") && object == SandboxObject.SALES_ORDER) {
                    ObjectNode order = RecordUpdates.patchOrder(current, key, required(body));
                    events.add(object, "updated", order);
                    return new Reply(200, envelopes.reference(object, order));
                }
            }
        }
        throw SandboxError.notFound("operation " + method + " /objects/" + rest);
    }

    private Reply created(DemoCompany current, SandboxObject object, JsonNode payload) {
        ObjectNode record = switch (object) {
            case PAYMENT -> PaymentReceipts.post(current, payload);
            case ADJUSTMENT -> AdjustmentEntries.post(current, payload);
            case INVOICE -> NewDocuments.invoice(current, payload);
            case SALES_ORDER -> NewDocuments.salesOrder(current, payload);
            default -> throw SandboxError.notFound("operation POST /objects/" + object.objectName());
        };
        if (object != SandboxObject.ADJUSTMENT) {
            events.add(object, "created", record);
        }
        return new Reply(201, envelopes.reference(object, record));
    }

    private static JsonNode required(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new SandboxError(400, "invalidRequest", "REST-1028", "A request requires a payload", null);
        }
        return body;
    }

    private JsonNode payload(String body) throws JsonProcessingException {
        if (body.isBlank()) {
            throw new SandboxError(400, "invalidRequest", "REST-1028", "A request requires a payload", null);
        }
        return json.readTree(body);
    }
}
