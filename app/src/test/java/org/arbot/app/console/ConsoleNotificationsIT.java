package org.arbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Optional;
import org.arbot.app.ArbotApplication;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.Proposing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The app on an in-memory database: a proposal reassigned through governance shows up in the room for its new assignee. */
@SpringBootTest(classes = ArbotApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:console-notifications;DB_CLOSE_DELAY=-1",
        "arbot.governance.worker.enabled=false"})
class ConsoleNotificationsIT {

    @Autowired
    Proposing proposing;

    @Autowired
    DecidingProposal deciding;

    @Autowired
    ConsoleFeed feed;

    @Test
    void a_reassigned_proposal_is_posted_into_the_room_with_its_card_for_the_new_assignee() {
        Proposal proposal = ((ProposalOutcome.AwaitingApproval) proposing.propose(GovernanceFixtures.writeOff("120.00")))
                .proposal();

        DecisionResult result = deciding.decide(new DecideCommand(proposal.id(), ChatIdentity.console("maria"),
                Channel.CONSOLE, Decision.REASSIGN, Optional.of(Assignee.person(PersonId.of("chris"))), "",
                "console:reassign-" + proposal.id()));

        assertThat(result).isInstanceOf(DecisionResult.ProposalReassigned.class);
        await().untilAsserted(() -> assertThat(feed.all())
                .filteredOn(post -> post.text().startsWith("Now waiting on person:chris"))
                .singleElement()
                .satisfies(post -> {
                    assertThat(post.author()).isEqualTo(ConsolePost.BOT);
                    assertThat(post.card()).isPresent();
                    assertThat(post.card().orElseThrow().actions().toString()).contains(proposal.id().toString());
                }));
    }
}
