package org.arbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.collections.PromiseToPay;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.collections.ReminderDraft;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;
import org.arbot.core.work.DailyPriorityLists;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.NamingPayers;
import org.arbot.core.work.WorkSources;
import org.arbot.core.work.HomeOverview;
import org.arbot.core.work.ProposalCards;
import org.arbot.core.work.SendingReminders;
import org.arbot.slack.SlackWorkPoster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Slack's modals and App Home over the sandbox: the exact {@code views.open}, {@code views.publish} and
 * {@code chat.update} bodies, options loaded from the ledger, validation answered with {@code response_action: errors},
 * and each submission decided through governance once.
 */
class SlackModalsIT extends SlackSandboxApp {

    static final String FORM = "application/x-www-form-urlencoded";

    @Autowired
    Ledger ledger;

    @Autowired
    Proposals proposals;

    @Autowired
    Proposing proposing;

    @Autowired
    ProposalCards cards;

    @Autowired
    SlackWorkPoster poster;

    @Autowired
    SendingReminders reminders;

    @Autowired
    HomeOverview home;

    @Autowired
    NamingPayers payers;

    @Autowired
    WorkSources sources;

    @Autowired
    PromisesToPay promises;

    @Autowired
    DailyPriorityLists dailyPriorityLists;

    @Autowired
    SlackDailyLists dailyLists;

    @Test
    void reassign_opens_a_users_select_refuses_a_stranger_and_reassigns_to_the_chosen_person_in_place() {
        List<Map<String, String>> deductions = postedWork().stream().filter(f -> "C0DEDUCT".equals(f.get("channel"))).toList();
        ProposalId id = ProposalId.of(proposalIn(deductions.get(deductions.size() - 1).get("blocks")));
        Proposal proposal = proposals.byId(id).orElseThrow();
        String metadata = "{\"subject\":\"" + id + "\",\"channel\":\"C0DEDUCT\",\"ts\":\"" + TS + "\"}";

        String click = SlackRig.click(CARLA, "C0DEDUCT", TS, "reassign", ref(id), "6.1");
        assertThat(SlackRig.signedForm(port, click).statusCode()).isEqualTo(200);
        SlackRig.signed(port, click, FORM, Map.of("X-Slack-Retry-Num", "1"));

        assertThat(openedView(CARLA, "6.1")).isEqualTo(SlackRig.tree("""
                {"type":"modal","callback_id":"reassign",
                 "title":{"type":"plain_text","text":"Reassign"},"submit":{"type":"plain_text","text":"Reassign"},
                 "close":{"type":"plain_text","text":"Cancel"},"private_metadata":%s,
                 "blocks":[
                  {"type":"section","text":{"type":"mrkdwn","text":"Reassign deductions proposal: post-adjustment %s, now with queue:deductions."}},
                  {"type":"input","block_id":"assignee","label":{"type":"plain_text","text":"Reassign to"},
                   "element":{"type":"users_select","action_id":"user","placeholder":{"type":"plain_text","text":"Choose a person"}},
                   "optional":false},
                  {"type":"input","block_id":"note","label":{"type":"plain_text","text":"Note for them"},
                   "element":{"type":"plain_text_input","action_id":"text","multiline":true},"optional":true}]}
                """.formatted(SlackRig.JSON.valueToTree(metadata), proposal.amount())));

        HttpResponse<String> stranger = SlackRig.signedForm(port, SlackRig.submission(CARLA, "V0REASSIGN1", "reassign",
                metadata, values(Map.of("assignee", users("U0NOBODY01")))));
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(SlackRig.tree(stranger.body())).isEqualTo(SlackRig.tree("""
                {"response_action":"errors","errors":{"assignee":"That person is not an arbot user; choose someone with an arbot login."}}
                """));

        HttpResponse<String> chosen = SlackRig.signedForm(port, SlackRig.submission(CARLA, "V0REASSIGN2", "reassign",
                metadata, values(Map.of("assignee", users(MARIA), "note", text("please look at the photos")))));
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body()).isEmpty();

        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        Proposal reassigned = proposals.byId(id).orElseThrow();
        assertThat(reassigned.state()).isEqualTo(ProposalState.REASSIGNED);
        assertThat(reassigned.assignee()).isEqualTo(Assignee.person(PersonId.of("maria")));
        assertUpdate("C0DEDUCT", cards.after(new DecisionResult.ProposalReassigned(reassigned)));
        await().untilAsserted(() -> assertThat(requests("/api/chat.postMessage")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.postMessage").getBodyAsString())).containsEntry("channel", MARIA);
    }

    @Test
    void choose_invoices_loads_the_customers_open_invoices_and_applies_the_payment_to_the_chosen_ones_once() {
        List<Invoice> open = customerWithTwoOpenInvoices();
        Invoice oldest = open.get(0);
        Invoice next = open.get(1);
        CustomerId customer = oldest.customerId();
        Money amount = oldest.balance().plus(Money.of("10.00", oldest.balance().currency().getCurrencyCode()));
        PaymentPosting unmatched = new PaymentPosting("set-by-governance", customer, LocalDate.parse("2026-11-26"),
                amount, List.of(), Optional.empty(), "REF 4242");
        Proposal proposal = ((ProposalOutcome.AwaitingApproval) proposing.propose(new ProposeCommand(
                Workflow.CASH_APPLICATION, new ProposalAction.PostPayment(unmatched), amount, new BigDecimal("0.30"),
                new BigDecimal("0.50"), List.of("no invoice quoted"), Map.of(), "cash-application-agent",
                Optional.empty()))).proposal();
        poster.post(new FoundWork("payment:test", Assignee.queueOf(Workflow.CASH_APPLICATION), cards.card(proposal),
                Optional.of(proposal.id())));
        slackApi.resetRequests();
        String metadata = "{\"subject\":\"" + proposal.id() + "\",\"channel\":\"C0CASH\",\"ts\":\"" + TS + "\"}";
        String name = ledger.customer(customer).orElseThrow().name();

        assertThat(SlackRig.signedForm(port, SlackRig.click(MARIA, "C0CASH", TS, "choose_invoices", ref(proposal.id()),
                "7.1")).statusCode()).isEqualTo(200);

        assertThat(openedView(MARIA, "7.1")).isEqualTo(SlackRig.tree("""
                {"type":"modal","callback_id":"choose_invoices",
                 "title":{"type":"plain_text","text":"Choose invoices"},"submit":{"type":"plain_text","text":"Apply"},
                 "close":{"type":"plain_text","text":"Cancel"},"private_metadata":%s,
                 "blocks":[
                  {"type":"section","text":{"type":"mrkdwn","text":"Payment of %s from %s, received Nov 26, 2026, reference \\"REF 4242\\". It pays the chosen invoices oldest due first; what is left stays on the customer's account."}},
                  {"type":"input","block_id":"invoices","label":{"type":"plain_text","text":"Apply to invoices"},
                   "element":{"type":"multi_external_select","action_id":"invoices","min_query_length":0,
                              "placeholder":{"type":"plain_text","text":"Search by invoice number or amount"}},
                   "optional":false}]}
                """.formatted(SlackRig.JSON.valueToTree(metadata), money(amount), name)));

        JsonNode all = SlackRig.tree(SlackRig.signedForm(port, SlackRig.suggestion(MARIA, "V0CHOOSE1", metadata, "invoices",
                "")).body());
        assertThat(all.path("options")).hasSize(open.size());
        assertThat(all.path("options").get(0)).isEqualTo(SlackRig.tree("""
                {"text":{"type":"plain_text","text":"%s \u00B7 due %s \u00B7 %s open"},"value":"%s"}
                """.formatted(oldest.number(), date(oldest.dueDate()), money(oldest.balance()), oldest.id())));
        JsonNode byNumber = SlackRig.tree(SlackRig.signedForm(port, SlackRig.suggestion(MARIA, "V0CHOOSE1", metadata,
                "invoices", next.number().toLowerCase())).body());
        assertThat(byNumber.path("options")).extracting(o -> o.path("value").asText()).containsExactly(next.id().value());
        JsonNode byAmount = SlackRig.tree(SlackRig.signedForm(port, SlackRig.suggestion(MARIA, "V0CHOOSE1", metadata,
                "invoices", oldest.balance().toDecimalString())).body());
        assertThat(byAmount.path("options")).extracting(o -> o.path("value").asText()).contains(oldest.id().value());

        HttpResponse<String> none = SlackRig.signedForm(port, SlackRig.submission(MARIA, "V0CHOOSE1", "choose_invoices",
                metadata, values(Map.of("invoices", options()))));
        assertThat(SlackRig.tree(none.body())).isEqualTo(SlackRig.tree("""
                {"response_action":"errors","errors":{"invoices":"Choose at least one invoice."}}
                """));
        int paymentsBefore = records("accounts-receivable/payment").size();

        String submit = SlackRig.submission(MARIA, "V0CHOOSE1", "choose_invoices", metadata,
                values(Map.of("invoices", options(next.id().value(), oldest.id().value()))));
        assertThat(SlackRig.signedForm(port, submit).body()).isEmpty();
        assertThat(SlackRig.signedForm(port, submit).body()).isEmpty();
        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        assertThat(SlackRig.signedForm(port, SlackRig.submission(CARLA, "V0CHOOSE2", "choose_invoices", metadata,
                values(Map.of("invoices", options(next.id().value()))))).body()).isEmpty();
        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(1));
        assertThat(SlackRig.form(only("/api/chat.postEphemeral").getBodyAsString())).containsEntry("user", CARLA)
                .extractingByKey("text").asString().startsWith("Already declined by Maria Manager");
        assertThat(proposals.byId(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.DECLINED);
        List<JsonNode> payments = records("accounts-receivable/payment");
        assertThat(payments).hasSize(paymentsBefore + 1);
        JsonNode payment = payments.get(payments.size() - 1);
        assertThat(payment.path("paymentDetails")).extracting(d -> d.path("arInvoice").path("key").asText() + " "
                + d.path("txnCurrency").path("paymentAmount").asText()).containsExactlyInAnyOrder(
                oldest.id() + " " + oldest.balance().toDecimalString(), next.id() + " 10.00");
        Proposal chosen = proposals.byId(ProposalId.of(payment.path("referenceNumber").asText().substring("arbot-".length())))
                .orElseThrow();
        assertThat(chosen.state()).isEqualTo(ProposalState.EXECUTED);
        assertUpdate("C0CASH", new org.arbot.core.work.CardUpdate.Replaced(cards.outcome(chosen)));
    }

    @Test
    void the_home_tab_shows_the_queue_and_priorities_and_its_reminder_is_edited_in_a_modal_and_sent() {
        postedWork();
        assertThat(SlackRig.signed(port, SlackRig.homeOpened(MARIA, "EvHOME0001"), "application/json", Map.of())
                .statusCode()).isEqualTo(200);
        SlackRig.signed(port, SlackRig.homeOpened(MARIA, "EvHOME0001"), "application/json", Map.of("X-Slack-Retry-Num", "1"));

        await().untilAsserted(() -> assertThat(requests("/api/views.publish")).hasSize(1));
        Map<String, String> publish = SlackRig.form(only("/api/views.publish").getBodyAsString());
        assertThat(publish).containsEntry("user_id", MARIA);
        JsonNode view = SlackRig.tree(publish.get("view"));
        assertThat(view).isEqualTo(homeView(MARIA));
        assertThat(view.path("blocks").get(0).path("text").path("text").asText()).isEqualTo("Maria Manager: your AR work");
        assertThat(publish.get("view")).contains("Your queue: ", "Today's priority list (the team's accounts)",
                "\"action_id\":\"send_reminder\"", "Your last actions:");
        String customer = view.findValues("value").stream().map(JsonNode::asText).filter(v -> v.contains("customer"))
                .findFirst().map(v -> SlackRig.tree(v).path("customer").asText()).orElseThrow();
        ReminderDraft draft = reminders.draft(CustomerId.of(customer));
        String metadata = "{\"subject\":\"" + customer + "\"}";

        assertThat(SlackRig.signedForm(port, SlackRig.clickInView(MARIA, "V0HOME0001", "send_reminder",
                "{\"customer\":\"" + customer + "\"}", "8.1")).statusCode()).isEqualTo(200);

        JsonNode modal = openedView(MARIA, "8.1");
        ObjectNode expected = (ObjectNode) SlackRig.tree("""
                {"type":"modal","callback_id":"send_reminder",
                 "title":{"type":"plain_text","text":"Edit reminder"},"submit":{"type":"plain_text","text":"Send"},
                 "close":{"type":"plain_text","text":"Cancel"},"private_metadata":%s,
                 "blocks":[
                  {"type":"section","text":{"type":"mrkdwn","text":"The %s reminder to %s for %s overdue on %d invoice(s). Edit it, then send."}},
                  {"type":"input","block_id":"subject","label":{"type":"plain_text","text":"Subject"},
                   "element":{"type":"plain_text_input","action_id":"text","multiline":false,"initial_value":%s},"optional":false},
                  {"type":"input","block_id":"body","label":{"type":"plain_text","text":"Text"},
                   "element":{"type":"plain_text_input","action_id":"text","multiline":true,"initial_value":%s},"optional":false}]}
                """.formatted(SlackRig.JSON.valueToTree(metadata), draft.stage().name().toLowerCase(),
                ledger.customer(CustomerId.of(customer)).orElseThrow().name(), money(draft.totalOverdue()),
                draft.invoices().size(), SlackRig.JSON.valueToTree(draft.subject()), SlackRig.JSON.valueToTree(draft.body())));
        assertThat(modal).isEqualTo(expected);

        HttpResponse<String> blank = SlackRig.signedForm(port, SlackRig.submission(MARIA, "V0REMIND1", "send_reminder",
                metadata, values(Map.of("subject", text("  "), "body", text(draft.body())))));
        assertThat(SlackRig.tree(blank.body())).isEqualTo(SlackRig.tree("""
                {"response_action":"errors","errors":{"subject":"Write a subject."}}
                """));

        String edited = draft.body() + "\n\nCall me on 555-0100 if anything is unclear.";
        String send = SlackRig.submission(MARIA, "V0REMIND1", "send_reminder", metadata,
                values(Map.of("subject", text("Your account with us"), "body", text(edited))));
        assertThat(SlackRig.signedForm(port, send).body()).isEmpty();
        assertThat(SlackRig.signedForm(port, send).body()).isEmpty();

        await().untilAsserted(() -> assertThat(requests("/api/chat.postMessage")).hasSize(1));
        Map<String, String> note = SlackRig.form(only("/api/chat.postMessage").getBodyAsString());
        assertThat(note).containsEntry("channel", MARIA);
        assertThat(note.get("text")).startsWith("Reminder to " + ledger.customer(CustomerId.of(customer)).orElseThrow().name()
                + " sent by <@" + MARIA + ">: \"Your account with us\" (reminder to " + customer
                + " handed to the collections channel; recorded as proposal ");
        Proposal sent = proposals.byId(ProposalId.of(note.get("text").replaceAll(".*recorded as proposal ([0-9a-f-]+)\\)\\.$",
                "$1"))).orElseThrow();
        assertThat(sent.state()).isEqualTo(ProposalState.EXECUTED);
        assertThat(sent.action()).isEqualTo(new ProposalAction.SendReminder(CustomerId.of(customer),
                "Your account with us\n\n" + edited));

        SlackRig.signed(port, SlackRig.homeOpened(MARIA, "EvHOME0002"), "application/json", Map.of());
        await().untilAsserted(() -> assertThat(requests("/api/views.publish")).hasSize(2));
        String again = SlackRig.form(requests("/api/views.publish").get(1).getBodyAsString()).get("view");
        assertThat(SlackRig.tree(again)).isEqualTo(homeView(MARIA));
        assertThat(again).contains("approve send-reminder $0.00 (executed)");
    }

    @Test
    void the_daily_priority_list_is_sent_once_as_a_direct_message_and_a_promise_is_logged_from_it() {
        FoundWork expected = dailyPriorityLists.today().stream()
                .filter(w -> w.audience().equals(Assignee.person(PersonId.of("maria")))).findFirst().orElseThrow();

        assertThat(dailyLists.run()).isPositive();
        assertThat(dailyLists.run()).isZero();

        Map<String, String> form = requests("/api/chat.postMessage").stream().map(r -> SlackRig.form(r.getBodyAsString()))
                .filter(f -> MARIA.equals(f.get("channel"))).reduce((a, b) -> {
                    throw new AssertionError("the list was sent twice");
                }).orElseThrow();
        ObjectNode card = new SlackBlockKitRenderer().render(expected.card());
        assertThat(form).containsEntry("text", card.get("text").asText());
        assertThat(SlackRig.tree(form.get("blocks"))).isEqualTo(card.get("blocks"));
        assertThat(form.get("text")).startsWith("Priority list for the team, Nov 27, 2026: ");
        assertThat(form.get("blocks")).contains("\"action_id\":\"send_reminder\"");

        String customer = SlackRig.tree(form.get("blocks")).findValues("value").stream().map(JsonNode::asText)
                .filter(v -> v.contains("customer")).findFirst().map(v -> SlackRig.tree(v).path("customer").asText())
                .orElseThrow();
        String name = ledger.customer(CustomerId.of(customer)).orElseThrow().name();
        String metadata = "{\"subject\":\"" + customer + "\",\"channel\":\"D0MARIA01\",\"ts\":\"" + TS + "\"}";
        assertThat(SlackRig.signedForm(port, SlackRig.click(MARIA, "D0MARIA01", TS, "log_promise",
                "{\"customer\":\"" + customer + "\"}", "10.1")).statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(requests("/api/views.open")).hasSize(1));
        assertThat(SlackRig.tree(SlackRig.form(only("/api/views.open").getBodyAsString()).get("view"))).isEqualTo(
                SlackRig.tree("""
                {"type":"modal","callback_id":"log_promise",
                 "title":{"type":"plain_text","text":"Log promise"},"submit":{"type":"plain_text","text":"Log"},
                 "close":{"type":"plain_text","text":"Cancel"},"private_metadata":%s,
                 "blocks":[
                  {"type":"section","text":{"type":"mrkdwn","text":"What did %s promise to pay, and by when?"}},
                  {"type":"input","block_id":"amount","label":{"type":"plain_text","text":"Amount (USD)"},
                   "element":{"type":"number_input","action_id":"amount","is_decimal_allowed":true,"min_value":"0.01"},
                   "optional":false},
                  {"type":"input","block_id":"date","label":{"type":"plain_text","text":"Promised for"},
                   "element":{"type":"datepicker","action_id":"date"},"optional":false}]}
                """.formatted(SlackRig.JSON.valueToTree(metadata), name.replace("&", "&amp;"))));

        HttpResponse<String> malformed = SlackRig.signedForm(port, SlackRig.submission(MARIA, "V0PROMISE1", "log_promise",
                metadata, values(Map.of("amount", number("twelve"), "date", day("2026-12-04")))));
        assertThat(SlackRig.tree(malformed.body())).isEqualTo(SlackRig.tree("""
                {"response_action":"errors","errors":{"amount":"Enter the promised amount, e.g. 1250.00."}}
                """));

        assertThat(SlackRig.signedForm(port, SlackRig.submission(MARIA, "V0PROMISE1", "log_promise", metadata,
                values(Map.of("amount", number("1250.00"), "date", day("2026-12-04"))))).body()).isEmpty();

        await().untilAsserted(() -> assertThat(requests("/api/chat.postMessage")).hasSize(2));
        Map<String, String> note = SlackRig.form(requests("/api/chat.postMessage").get(1).getBodyAsString());
        assertThat(note).containsEntry("channel", "D0MARIA01").containsEntry("thread_ts", TS).containsEntry("text",
                "Promise logged by <@" + MARIA + ">: " + name + " will pay $1,250.00 by Dec 4, 2026; the priority lists "
                        + "hold off until then.");
        assertThat(promises.of(CustomerId.of(customer))).contains(new PromiseToPay(CustomerId.of(customer),
                Money.of("1250.00", "USD"), LocalDate.parse("2026-12-04"), LocalDate.parse("2026-11-27"), "maria"));
    }

    @Test
    void a_payment_from_an_unknown_payer_waits_in_suspense_until_its_customer_is_named_once() {
        Map<String, String> card = postedCard("C0CASH", "name_customer");
        assertThat(card.get("text")).contains("in suspense", "no customer identified");
        String value = SlackRig.tree(card.get("blocks")).findValues("elements").stream().flatMap(e -> java.util.stream.StreamSupport
                .stream(e.spliterator(), false)).filter(e -> e.path("action_id").asText().equals("name_customer"))
                .findFirst().orElseThrow().path("value").asText();
        BankLineId id = BankLineId.of(SlackRig.tree(value).path("bankLine").asText());
        BankLine line = payers.line(id).orElseThrow();
        String metadata = "{\"subject\":\"" + id + "\",\"channel\":\"C0CASH\",\"ts\":\"" + TS + "\"}";

        assertThat(SlackRig.signedForm(port, SlackRig.click(CARLA, "C0CASH", TS, "name_customer", value, "9.1"))
                .statusCode()).isEqualTo(200);

        assertThat(openedView(CARLA, "9.1")).isEqualTo(SlackRig.tree("""
                {"type":"modal","callback_id":"name_customer",
                 "title":{"type":"plain_text","text":"Name customer"},"submit":{"type":"plain_text","text":"Name"},
                 "close":{"type":"plain_text","text":"Cancel"},"private_metadata":%s,
                 "blocks":[
                  {"type":"section","text":{"type":"mrkdwn","text":"Payment %s of %s from \\"%s\\", received %s. Who paid it?"}},
                  {"type":"input","block_id":"customer","label":{"type":"plain_text","text":"Customer"},
                   "element":{"type":"external_select","action_id":"customer","min_query_length":0,
                              "placeholder":{"type":"plain_text","text":"Search customers by name"}},
                   "optional":false}]}
                """.formatted(SlackRig.JSON.valueToTree(metadata), id, money(line.amount()), line.payerName(),
                date(line.receivedDate()))));

        org.arbot.core.ar.Customer payer = ledger.customers().get(0);
        JsonNode found = SlackRig.tree(SlackRig.signedForm(port, SlackRig.suggestion(CARLA, "V0PAYER1", metadata, "customer",
                payer.name().substring(0, 6).toLowerCase())).body());
        assertThat(found.path("options")).extracting(o -> o.path("value").asText()).contains(payer.id().value());

        HttpResponse<String> none = SlackRig.signedForm(port, SlackRig.submission(CARLA, "V0PAYER1", "name_customer",
                metadata, values(Map.of("customer", option(null)))));
        assertThat(SlackRig.tree(none.body())).isEqualTo(SlackRig.tree("""
                {"response_action":"errors","errors":{"customer":"Choose a customer."}}
                """));

        assertThat(SlackRig.signedForm(port, SlackRig.submission(CARLA, "V0PAYER1", "name_customer", metadata,
                values(Map.of("customer", option(payer.id().value()))))).body()).isEmpty();
        await().untilAsserted(() -> assertThat(requests("/api/chat.update")).hasSize(1));
        assertThat(SlackRig.signedForm(port, SlackRig.submission(MARIA, "V0PAYER2", "name_customer", metadata,
                values(Map.of("customer", option(payer.id().value()))))).body()).isEmpty();
        await().untilAsserted(() -> assertThat(requests("/api/chat.postEphemeral")).hasSize(1));

        Proposal named = proposals.byId(sources.proposalFor("payment:" + id).orElseThrow()).orElseThrow();
        PaymentPosting posting = ((ProposalAction.PostPayment) named.action()).posting();
        assertThat(posting.customerId()).isEqualTo(payer.id());
        assertThat(posting.bankLine()).contains(id);
        assertThat(posting.applications()).isEmpty();
        assertUpdate("C0CASH", new org.arbot.core.work.CardUpdate.Replaced(cards.card(named)));
        assertThat(SlackRig.form(only("/api/chat.update").getBodyAsString()).get("blocks")).contains("choose_invoices");
        assertThat(SlackRig.form(only("/api/chat.postEphemeral").getBodyAsString()).get("text"))
                .isEqualTo("Someone already named the customer of payment " + id + "; nothing more was done.");
    }

    private JsonNode homeView(String user) {
        ObjectNode view = SlackRig.JSON.createObjectNode().put("type", "home");
        view.set("blocks", new SlackBlockKitRenderer().render(home.of(ChatIdentity.slack(user))).get("blocks"));
        return view;
    }

    private void assertUpdate(String channel, org.arbot.core.work.CardUpdate expected) {
        Map<String, String> update = SlackRig.form(only("/api/chat.update").getBodyAsString());
        ObjectNode outcome = new SlackBlockKitRenderer().render(((org.arbot.core.work.CardUpdate.Replaced) expected).card());
        assertThat(update).containsEntry("channel", channel).containsEntry("ts", TS)
                .containsEntry("text", outcome.get("text").asText());
        assertThat(SlackRig.tree(update.get("blocks"))).isEqualTo(outcome.get("blocks"));
    }

    private List<Invoice> customerWithTwoOpenInvoices() {
        Map<CustomerId, List<Invoice>> byCustomer = ledger.openInvoices().stream()
                .filter(i -> i.balance().amount().compareTo(new BigDecimal("5000")) < 0)
                .collect(Collectors.groupingBy(Invoice::customerId));
        return byCustomer.values().stream().filter(l -> l.size() >= 2).findFirst().orElseThrow().stream()
                .map(Invoice::customerId).findFirst().map(c -> ledger.openInvoices(c).stream()
                        .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::number)).toList())
                .orElseThrow();
    }

    private static String money(Money m) {
        return org.arbot.cards.LocalFormat.of(java.util.Locale.US, java.time.ZoneOffset.UTC).money(m.amount(),
                m.currency().getCurrencyCode());
    }

    private static String date(LocalDate d) {
        return org.arbot.cards.LocalFormat.of(java.util.Locale.US, java.time.ZoneOffset.UTC).date(d);
    }

    private static String ref(ProposalId id) {
        return "{\"proposal\":\"" + id + "\"}";
    }

    /** A view's state values: one element per input block, keyed by the block id and our action id. */
    private static ObjectNode values(Map<String, ObjectNode> byBlock) {
        ObjectNode values = SlackRig.JSON.createObjectNode();
        byBlock.forEach((block, value) -> values.putObject(block).set(value.remove("_action").asText(), value));
        return values;
    }

    private static ObjectNode users(String user) {
        return SlackRig.JSON.createObjectNode().put("_action", "user").put("type", "users_select").put("selected_user", user);
    }

    private static ObjectNode text(String text) {
        return SlackRig.JSON.createObjectNode().put("_action", "text").put("type", "plain_text_input").put("value", text);
    }

    private static ObjectNode option(String value) {
        ObjectNode node = SlackRig.JSON.createObjectNode().put("_action", "customer").put("type", "external_select");
        if (value != null) {
            node.putObject("selected_option").put("value", value).putObject("text").put("type", "plain_text").put("text", value);
        }
        return node;
    }

    private static ObjectNode number(String value) {
        return SlackRig.JSON.createObjectNode().put("_action", "amount").put("type", "number_input").put("value", value);
    }

    private static ObjectNode day(String date) {
        return SlackRig.JSON.createObjectNode().put("_action", "date").put("type", "datepicker").put("selected_date", date);
    }

    private static ObjectNode options(String... values) {
        ObjectNode node = SlackRig.JSON.createObjectNode().put("_action", "invoices").put("type", "multi_external_select");
        var selected = node.putArray("selected_options");
        for (String v : values) {
            selected.addObject().put("value", v).putObject("text").put("type", "plain_text").put("text", v);
        }
        return node;
    }
}
