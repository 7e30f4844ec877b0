package org.arbot.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The console page's API: who one can be, the room's posts and live stream, turns, and the ledger and audit views. */
@RestController
@RequestMapping(path = "/console/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleController {

    private final ConsoleChannel channel;
    private final ConsoleFeed feed;
    private final ConsoleStream stream;
    private final ConsoleViews views;
    private final ConsoleBriefing briefing;
    private final People people;
    private final PostJson json;
    private final ObjectMapper mapper;

    ConsoleController(ConsoleChannel channel, ConsoleFeed feed, ConsoleStream stream, ConsoleViews views,
            ConsoleBriefing briefing, People people, PostJson json, ObjectMapper mapper) {
        this.channel = channel;
        this.feed = feed;
        this.stream = stream;
        this.views = views;
        this.briefing = briefing;
        this.people = people;
        this.json = json;
        this.mapper = mapper;
    }

    /** The demo people; behind a login, only the person logged in. */
    @GetMapping("/people")
    ArrayNode people(HttpServletRequest request) {
        ArrayNode list = mapper.createArrayNode();
        Optional<String> login = login(request);
        for (Person person : people.all()) {
            consoleLogin(person).filter(id -> login.isEmpty() || login.get().equals(id)).ifPresent(id -> {
                ObjectNode node = list.addObject().put("id", id).put("name", person.name());
                person.roles().stream().map(Enum::name).sorted().forEach(node.putArray("roles")::add);
            });
        }
        return list;
    }

    /** The room's posts; the first page to ask opens the room, and the bot posts its briefing. */
    @GetMapping("/feed")
    ArrayNode feed() {
        views.noteHeldOrders();
        briefing.ensurePosted();
        ArrayNode list = mapper.createArrayNode();
        feed.all().forEach(post -> list.add(json.of(post)));
        return list;
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return stream.open();
    }

    /** One turn as {@code as}: {"as", "text"} or {"as", "action", "data", "post"}; answers the posts it made. */
    @PostMapping(path = "/turns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode turn(@RequestBody JsonNode body, HttpServletRequest request) {
        String as = body.path("as").asText("");
        if (people.byIdentity(ChatIdentity.console(as.isBlank() ? "-" : as)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'as' must be one of the console's people, not '" + as + "'");
        }
        login(request).filter(login -> !login.equals(as)).ifPresent(login -> {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "logged in as " + login + ", cannot act as " + as);
        });
        Optional<String> text = text(body, "text");
        Optional<String> action = text(body, "action");
        if (text.isPresent() == action.isPresent()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "send either 'text' or 'action'");
        }
        Map<String, String> data = new LinkedHashMap<>();
        body.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        String id = text(body, "id").orElseGet(() -> UUID.randomUUID().toString());
        List<ConsolePost> posts = channel.take(new ConsoleTurn(id, as, text, action, data, text(body, "post")));
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode list = answer.putArray("posts");
        posts.forEach(post -> list.add(json.of(post)));
        return answer;
    }

    @GetMapping("/ledger")
    ObjectNode ledger() {
        return views.ledger();
    }

    @GetMapping("/audit")
    ObjectNode audit() {
        return views.audit();
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalStateException.class)
    org.springframework.http.ProblemDetail notPossible(IllegalStateException e) {
        return org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Puts the sandbox back to its seeded state and posts the briefing again; the audit trail keeps everything. */
    @PostMapping("/reset")
    ObjectNode reset() {
        views.reset();
        feed.clear();
        briefing.again();
        stream.changed("reset");
        return mapper.createObjectNode().put("reset", true);
    }

    private static Optional<String> login(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ConsoleAccess.LOGIN));
    }

    private static Optional<String> consoleLogin(Person person) {
        return person.identities().stream()
                .filter(i -> i.channel() == org.arbot.core.governance.Channel.CONSOLE)
                .map(ChatIdentity::id).findFirst();
    }

    private static Optional<String> text(JsonNode body, String field) {
        return Optional.of(body.path(field).asText("")).filter(value -> !value.isBlank());
    }
}
