package org.arbot.app.slack.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.arbot.app.ArbotApplication;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.FoundWork;
import org.arbot.slack.SlackWorkPoster;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The arbot app as it runs in production, with Slack in HTTP mode: redeliveries in Redis, governance on an H2 file
 * in a scratch folder, the sandbox as the ledger, and the Web API at the given base. Quiet: warnings only.
 */
final class ArbotUnderBench implements AutoCloseable {

    static final String CHANNEL = "C0BENCH";

    private final ConfigurableApplicationContext context;

    private ArbotUnderBench(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ArbotUnderBench start(String signingSecret, String apiUrl, String redisUrl, String keyPrefix, Path folder) {
        Map<String, String> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("arbot") + ";DB_CLOSE_ON_EXIT=FALSE");
        properties.put("spring.data.redis.url", redisUrl);
        properties.put("arbot.conversation.key-prefix", keyPrefix + "conversation:");
        properties.put("arbot.slack.delivery-key-prefix", keyPrefix + "delivery:");
        properties.put("arbot.slack.bot-token", "xoxb-bench");
        properties.put("arbot.slack.signing-secret", signingSecret);
        properties.put("arbot.slack.api-url", apiUrl);
        properties.put("arbot.slack.find-work-at-start", "false");
        properties.put("arbot.slack.channels.default", CHANNEL);
        properties.put("spring.main.register-shutdown-hook", "false");
        // As arguments, so they win over application.yml (default properties would not).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new ArbotUnderBench(new SpringApplicationBuilder(ArbotApplication.class).run(args));
    }

    URI events() {
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    /** Finds the work waiting in the ledger and posts its cards, as at start; returns the proposals on them. */
    List<String> postCards() {
        SlackWorkPoster poster = context.getBean(SlackWorkPoster.class);
        List<String> proposals = new ArrayList<>();
        for (FoundWork work : context.getBean(FindingWork.class).find()) {
            poster.post(work);
            work.proposal().map(ProposalId::toString).ifPresent(proposals::add);
        }
        return proposals;
    }

    /**
     * Waits until the slow work the clicks queued (decisions, ledger writes, Web API calls) is done; returns how long,
     * or empty when some is still queued after {@code atMost}.
     */
    Optional<Duration> drain(Duration atMost) {
        return Idle.await(() -> queued() == 0, atMost);
    }

    /** Slow-work tasks queued or running. */
    long queued() {
        return slowWork().getTaskCount() - slowWork().getCompletedTaskCount();
    }

    private ThreadPoolExecutor slowWork() {
        return (ThreadPoolExecutor) context.getBean("slackSlowWork", ExecutorService.class);
    }

    @Override
    public void close() {
        // Drops the clicks still queued (the app would otherwise finish them all before it closes) and lets the
        // running ones end.
        ThreadPoolExecutor slowWork = slowWork();
        slowWork.getQueue().clear();
        slowWork.shutdown();
        try {
            slowWork.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.close();
    }
}
