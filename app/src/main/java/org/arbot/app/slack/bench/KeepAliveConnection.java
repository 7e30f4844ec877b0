package org.arbot.app.slack.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection that posts signed clicks and reads each whole response: a few hundred bytes
 * written and read on the calling thread, so the load costs the two measured apps as little CPU as it can (the JDK's
 * client hands every exchange across threads). Reconnects when the server closes (Tomcat does every 100 requests).
 */
final class KeepAliveConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress address;
    private final String head;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI url) {
        this.address = new InetSocketAddress(url.getHost(), url.getPort());
        this.head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n";
    }

    /** Posts the click and returns the response's status code. */
    int post(SignedClicks.Click click) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            byte[] body = click.body().getBytes(StandardCharsets.US_ASCII);
            out.write((head + "X-Slack-Request-Timestamp: " + click.timestamp() + "\r\nX-Slack-Signature: "
                    + click.signature() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return response();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private int response() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.split(" ", 3)[1]);
        long length = 0;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = chunk(); size > 0; size = chunk()) {
                skip(size + 2);
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else {
            skip(length);
        }
        if (closing) {
            close();
        }
        return code;
    }

    private long chunk() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private void skip(long count) throws IOException {
        for (long left = count; left > 0; left--) {
            if (in.read() < 0) {
                throw new EOFException("the server closed the connection");
            }
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
