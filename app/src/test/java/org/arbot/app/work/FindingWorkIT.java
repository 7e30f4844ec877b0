package org.arbot.app.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.GovernedActions;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.Proposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The work loop in the app on its embedded defaults: the sandbox's held orders, governance on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FindingWorkIT {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void embeddedDatabaseInATemporaryFolder(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("arbot") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("arbot.credit.policy-version", () -> "work-loop-7");
    }

    @Autowired
    FindingWork finding;

    @Autowired
    Ledger ledger;

    @Autowired
    ConfirmedActions actions;

    @Autowired
    Proposals proposals;

    @Test
    void every_held_order_and_bank_line_of_the_sandbox_becomes_one_card_however_often_work_is_found() {
        int held = ledger.ordersAwaitingApproval().size();

        List<FoundWork> first = finding.find();
        List<FoundWork> second = finding.find();

        assertThat(held).isPositive();
        assertThat(first).filteredOn(w -> w.source().startsWith("credit:")).hasSize(held);
        assertThat(first).extracting(FoundWork::source).doesNotHaveDuplicates();
        assertThat(second).isEmpty();
        assertThat(actions).isInstanceOf(GovernedActions.class);
        assertThat(first).filteredOn(w -> w.source().startsWith("credit:") && w.proposal().isPresent())
                .as("the configured credit policy decides the work loop's holds").isNotEmpty()
                .allSatisfy(w -> assertThat(proposals.byId(w.proposal().orElseThrow()).orElseThrow().action())
                        .isInstanceOfSatisfying(ProposalAction.ReleaseOrder.class,
                                release -> assertThat(release.reason()).contains("policy work-loop-7")));
    }
}
