package org.arbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Socket Mode: Slack delivers the same events, clicks and commands over a WebSocket the app opens with its app-level
 * token ({@code xapp-...}), so no public HTTP endpoint is needed. The same Bolt app and handlers take them; each
 * envelope is acked over the socket with its envelope id as soon as its handler acks. The WebSocket client is
 * Java-WebSocket, the backend the Slack SDK is built against.
 */
public final class SlackSocketMode implements AutoCloseable {

    private final SocketModeApp socketMode;

    public SlackSocketMode(App app, String appToken) {
        try {
            // Builds the client factory only: nothing is sent until connect().
            this.socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks Slack for a socket URL ({@code apps.connections.open}) and connects; from then on the client reconnects by
     * itself when Slack rotates or drops the connection.
     *
     * @throws SlackCallException when the token is refused or Slack cannot be reached; connect again later
     */
    public void connect() {
        try {
            socketMode.startAsync();
        } catch (Exception e) {
            // The SDK's factory logs the cause and leaves no client behind (a NullPointerException here): say what to check.
            throw new SlackCallException("Socket Mode could not connect (" + e + "); check arbot.slack.app-token "
                    + "(xapp-..., scope connections:write) and that Slack is reachable");
        }
    }

    /** Closes the socket; envelopes Slack sends meanwhile go to another connection or are redelivered. */
    @Override
    public void close() {
        try {
            // The SDK's own close leaves the client reconnecting when the socket had already dropped: close it first.
            SocketModeClient client = socketMode.getClient();
            if (client != null) {
                client.close();
            }
            socketMode.close();
        } catch (Exception e) {
            throw new SlackCallException("Socket Mode did not close cleanly: " + e);
        }
    }
}
