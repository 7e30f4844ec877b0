package org.arbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.arbot.cards.Items;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.OpenDisputes;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.governance.People;
import org.arbot.core.governance.PersonId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.work.DailyPriorityLists;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.WorkSources;
import org.arbot.slack.SlackWorkPoster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SlackSnoozeIT extends SlackSandboxApp {

    private static final Map<String, String> REDELIVERY = Map.of("X-Slack-Retry-Num", "1");

    @Autowired
    DailyPriorityLists dailyPriorityLists;

    @Autowired
    SlackWorkPoster poster;

    @Autowired
    People people;

    @Autowired
    Ledger ledger;

    @Autowired
    PromisesToPay promises;

    @Autowired
    Snoozes snoozes;

    @Autowired
    WorkSources sources;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void snooze_on_the_daily_list_keeps_the_account_off_the_next_days_lists_for_a_week_and_answers_once() {
        FoundWork list = mariasList(dailyPriorityLists);
        assertThat(poster.post(list)).isPresent();
        Map<String, String> posted = SlackRig.form(only("/api/chat.postMessage").getBodyAsString());
        List<String> customers = customersIn(posted.get("blocks"));
        String customer = customers.get(customers.size() - 1);
        String name = ledger.customer(CustomerId.of(customer)).orElseThrow().name();
        assertThat(posted.get("blocks")).contains("\"action_id\":\"snooze\"");

        String click = SlackRig.click(MARIA, "D0MARIA01", TS, "snooze", "{\"customer\":\"" + customer + "\"}", "20.1");
        assertThat(SlackRig.signedForm(port, click).statusCode()).isEqualTo(200);
        assertThat(SlackRig.signed(port, click, "application/x-www-form-urlencoded", REDELIVERY).statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.postEphemeral").getBodyAsString()))
                .containsEntry("channel", "D0MARIA01").containsEntry("user", MARIA)
                .containsEntry("text", "Snoozed " + name + " until Dec 4, 2026: it stays off the priority lists until then.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM snooze WHERE subject = ?", Integer.class,
                Snoozes.account(CustomerId.of(customer)))).as("one snooze for the redelivered click").isEqualTo(1);
        assertThat(audit.between(Instant.parse(NOW), Instant.parse(NOW).plusSeconds(1))).filteredOn(
                e -> e.details().contains("subject=customer:" + customer + "\n")).singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("HUMAN_ACTION");
                    assertThat(e.actor()).isEqualTo("maria");
                    assertThat(e.channel()).isEqualTo("SLACK");
                    assertThat(e.details()).contains("until=2026-12-04");
                });

        assertThat(customersIn(mariasList(listsOn("2026-11-28T08:00:00Z")))).isNotEmpty().doesNotContain(customer);
        assertThat(customersIn(mariasList(listsOn("2026-12-03T08:00:00Z")))).doesNotContain(customer);
        assertThat(customersIn(mariasList(listsOn("2026-12-04T08:00:00Z")))).as("back when the snooze ends").contains(customer);
    }

    @Test
    void snooze_a_week_on_a_forecast_alert_holds_the_daily_alerts_until_it_ends() {
        String click = SlackRig.click(MARIA, "C0ALERTS", TS, "snooze", "{\"alert\":\"forecast-1795780800\"}", "21.1");
        try {
            assertThat(SlackRig.signedForm(port, click).statusCode()).isEqualTo(200);

            await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(1));
            assertThat(SlackRig.form(only("/api/chat.postEphemeral").getBodyAsString()))
                    .containsEntry("channel", "C0ALERTS").containsEntry("user", MARIA)
                    .containsEntry("text", "Snoozed the forecast alerts until Dec 4, 2026: no forecast alert is posted "
                            + "until then.");
            AtomicInteger checks = new AtomicInteger();
            SlackForecastAlerts.Forecast forecast = channel -> {
                checks.incrementAndGet();
                return List.of();
            };
            assertThat(alertsOn("2026-12-03T07:30:00Z", forecast).run()).isEmpty();
            assertThat(checks).as("no check while snoozed").hasValue(0);
            alertsOn("2026-12-04T07:30:00Z", forecast).run();
            assertThat(checks).as("checked again when the snooze ends").hasValue(1);
        } finally {
            // The Slack tests share one application and day; the alerts of that day must stay unsnoozed for the others.
            jdbc.update("DELETE FROM snooze WHERE subject = ?", Snoozes.FORECAST_ALERTS);
        }
    }

    private DailyPriorityLists listsOn(String instant) {
        Clock day = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new DailyPriorityLists(people, new RankingCollections(ledger, promises, OpenDisputes.none(), day), ledger,
                snoozes, LocalFormat.of(Locale.US, ZoneOffset.UTC), day);
    }

    private SlackForecastAlerts alertsOn(String instant, SlackForecastAlerts.Forecast forecast) {
        return new SlackForecastAlerts(forecast, sources, snoozes, poster, Clock.fixed(Instant.parse(instant),
                ZoneOffset.UTC), LocalTime.of(7, 30));
    }

    private static FoundWork mariasList(DailyPriorityLists lists) {
        return lists.today().stream().filter(w -> w.audience().equals(Assignee.person(PersonId.of("maria"))))
                .findFirst().orElseThrow();
    }

    /** Every account of the list, on all its pages. */
    private static List<String> customersIn(FoundWork list) {
        return list.card().body().stream().filter(e -> e instanceof Items).flatMap(e -> ((Items) e).items().stream())
                .flatMap(i -> i.actions().stream()).map(a -> a.payload().get("customer")).distinct().toList();
    }

    /** The accounts on the page of the list Slack shows. */
    private static List<String> customersIn(String blocks) {
        return SlackRig.tree(blocks).findValues("value").stream().map(JsonNode::asText).filter(v -> v.contains("customer"))
                .map(v -> SlackRig.tree(v).path("customer").asText()).distinct().toList();
    }
}
