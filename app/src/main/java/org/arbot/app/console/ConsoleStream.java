package org.arbot.app.console;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events to every open console page: {@code post} (a new or updated post), {@code changed} (the ledger or
 * the audit trail moved: read the views again) and {@code cleared} (the room was reset). A page that went away is
 * dropped on the next event.
 */
final class ConsoleStream {

    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final PostJson json;

    ConsoleStream(PostJson json) {
        this.json = json;
    }

    SseEmitter open() {
        SseEmitter emitter = new SseEmitter(0L);
        pages.add(emitter);
        emitter.onCompletion(() -> pages.remove(emitter));
        emitter.onTimeout(() -> pages.remove(emitter));
        emitter.onError(e -> pages.remove(emitter));
        send(emitter, SseEmitter.event().name("hello").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    void posted(ConsolePost post) {
        broadcast("post", json.of(post).toString());
    }

    void changed(String what) {
        broadcast("changed", "{\"what\":\"" + what + "\"}");
    }

    void cleared() {
        broadcast("cleared", "{}");
    }

    /** Ends every open stream, so a stopping server does not wait on pages that would never hang up. */
    void close() {
        for (SseEmitter page : pages) {
            page.complete();
        }
        pages.clear();
    }

    int listeners() {
        return pages.size();
    }

    private void broadcast(String name, String data) {
        for (SseEmitter page : pages) {
            send(page, SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        }
    }

    private void send(SseEmitter page, SseEmitter.SseEventBuilder event) {
        try {
            synchronized (page) {
                page.send(event);
            }
        } catch (IOException | IllegalStateException e) {
            pages.remove(page);
        }
    }
}
