package org.arbot.app.slack.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API for the benchmark, on loopback: answers every method as Slack does when all is well
 * ({@code auth.test} with the bot's identity, {@code chat.*} with a message ts), counts the calls per method and keeps
 * the posted messages' bodies, so the run can read the cards the app posted.
 */
final class WebApiStub implements AutoCloseable {

    private static final String AUTH_TEST = """
            {"ok":true,"url":"https://arbot-bench.slack.com/","team":"arbot bench","user":"arbot","team_id":"T0BENCH",\
            "user_id":"U0ARBOT","bot_id":"B0ARBOT","is_enterprise_install":false}""";
    private static final String MESSAGE = """
            {"ok":true,"channel":"C0BENCH","ts":"1700000000.000100","message":{"type":"message","text":"card",\
            "user":"U0ARBOT","bot_id":"B0ARBOT","ts":"1700000000.000100"}}""";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "slack-web-api-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final List<String> posted = new CopyOnWriteArrayList<>();

    private WebApiStub(HttpServer server) {
        this.server = server;
    }

    static WebApiStub start() {
        try {
            WebApiStub stub = new WebApiStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256));
            stub.server.createContext("/api/", stub::answer);
            stub.server.setExecutor(stub.threads);
            stub.server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Web API base, for {@code arbot.slack.api-url}. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    long calls(String method) {
        AtomicLong count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    /** The form bodies of every {@code chat.postMessage}, decoded. */
    List<String> postedMessages() {
        return List.copyOf(posted);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        calls.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (method.equals("chat.postMessage")) {
                posted.add(URLDecoder.decode(body, StandardCharsets.UTF_8));
            }
        }
        byte[] answer = (method.equals("auth.test") ? AUTH_TEST : MESSAGE).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
