package org.arbot.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.governance.AuditVerification.Result.ChainBroken;
import org.arbot.core.governance.AuditVerification.Result.ChainIntact;
import org.junit.jupiter.api.Test;

class AuditVerificationTest {

    private final InMemoryGovernanceStore trail = new InMemoryGovernanceStore(List.of());

    private void appendThree() {
        for (int i = 1; i <= 3; i++) {
            trail.append(new AuditRecord(Instant.parse("2026-11-27T09:00:00Z").plusSeconds(i), AuditKind.HUMAN_ACTION,
                    "carla", Channel.SLACK, Optional.of(ProposalId.of("p-" + i)), Map.of("decision", "APPROVE", "note", "line\nbreak")));
        }
    }

    @Test
    void each_entry_chains_to_the_hash_of_the_one_before() {
        appendThree();
        List<AuditEntry> entries = trail.after(0, 10);

        assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).hash()).hasSize(64);
    }

    @Test
    void an_untouched_chain_verifies() {
        appendThree();

        assertThat(AuditVerification.verify(trail)).isInstanceOfSatisfying(ChainIntact.class,
                intact -> assertThat(intact.entries()).isEqualTo(3));
    }

    @Test
    void a_changed_entry_is_named_as_the_first_broken_one() {
        appendThree();
        AuditEntry second = trail.after(1, 1).get(0);
        trail.tamper(2, new AuditEntry(2, second.at(), second.kind(), "mallory", second.channel(), second.proposal(),
                second.details(), second.previousHash(), second.hash()));

        assertThat(AuditVerification.verify(trail)).isInstanceOfSatisfying(ChainBroken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(2);
            assertThat(broken.reason()).contains("was changed");
        });
    }

    @Test
    void a_rehashed_entry_still_breaks_the_link_of_the_next_one() {
        appendThree();
        AuditEntry second = trail.after(1, 1).get(0);
        AuditRecord forged = new AuditRecord(second.at(), AuditKind.HUMAN_ACTION, "mallory", Channel.SLACK,
                Optional.of(ProposalId.of("p-2")), Map.of());
        trail.tamper(2, AuditEntry.chained(forged, 2, second.previousHash()));

        assertThat(AuditVerification.verify(trail)).isInstanceOfSatisfying(ChainBroken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(3));
    }
}
