package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An Intacct look-alike on the loopback interface: the REST API v1 subset the ledger client uses, over a demo company
 * generated from a seed. State lives in memory; {@link #reset()} or a restart brings back the seed state.
 */
public final class IntacctSandbox implements AutoCloseable {

    private static final String CLIENT_ID = "arbot-sandbox-client";
    private static final String CLIENT_SECRET = "arbot-sandbox-secret";

    private final HttpServer server;
    private final ExecutorService executor;
    private final DemoCompany seedState;
    private final AtomicReference<DemoCompany> current;
    private final SandboxEventQueue events;
    private final SandboxCalls calls = new SandboxCalls();

    private IntacctSandbox(HttpServer server, ExecutorService executor, DemoCompany seedState, SandboxEventQueue events) {
        this.server = server;
        this.executor = executor;
        this.seedState = seedState;
        this.current = new AtomicReference<>(seedState.copy());
        this.events = events;
    }

    /** Generates the demo company and starts serving on {@code 127.0.0.1:options.port()}. */
    public static IntacctSandbox start(SandboxOptions options) {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body waits for the
        // client's delayed ACK, about 40 ms per request. Read when the server classes load, so set before the first start.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        DemoCompany seed = DemoCompanySeed.generate(options.seed(), LocalDate.now(options.clock()));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "intacct-sandbox");
                thread.setDaemon(true);
                return thread;
            });
            ObjectMapper json = new ObjectMapper();
            IntacctSandbox sandbox = new IntacctSandbox(server, executor, seed,
                    new SandboxEventQueue(options.clock(), json, CLIENT_ID));
            OAuthTokens tokens = new OAuthTokens(CLIENT_ID, CLIENT_SECRET, options.clock());
            server.createContext("/", new SandboxRouter(sandbox.current::get, sandbox::reset, tokens, json, sandbox.events,
                    sandbox.calls));
            server.setExecutor(executor);
            server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the Intacct sandbox to 127.0.0.1:" + options.port(), e);
        }
    }

    /** The API root, e.g. {@code http://127.0.0.1:PORT/ia/api/v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SandboxRouter.API);
    }

    public String clientId() {
        return CLIENT_ID;
    }

    public String clientSecret() {
        return CLIENT_SECRET;
    }

    /** The company as it stands now; its reads are copies. */
    public DemoCompany company() {
        return current.get();
    }

    /** The requests received so far, by kind and route; {@link SandboxCalls#clear()} starts a new count. */
    public SandboxCalls calls() {
        return calls;
    }

    /** Throws away every change and every queued event, and restores the seed state. */
    public void reset() {
        current.set(seedState.copy());
        events.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
