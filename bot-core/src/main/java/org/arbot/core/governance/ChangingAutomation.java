package org.arbot.core.governance;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An admin changes a workflow's automation mode or thresholds; the change, or its refusal, is audited. */
public final class ChangingAutomation {

    private final Transactions transactions;
    private final Policies policies;
    private final AuditTrail audit;
    private final People people;
    private final Clock clock;

    public ChangingAutomation(Transactions transactions, Policies policies, AuditTrail audit, People people, Clock clock) {
        this.transactions = transactions;
        this.policies = policies;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    public AutomationChange change(ChangeAutomationCommand command) {
        Optional<Person> person = people.byIdentity(command.actor());
        String actor = person.map(p -> p.id().value()).orElse(command.actor().toString());
        Optional<String> refusal = person.map(Permissions::automationRefusal)
                .orElse(Optional.of(command.actor() + " is not an arbot user"));
        WorkflowPolicy after = command.policy();
        return transactions.inTransaction(() -> {
            WorkflowPolicy before = policies.policy(after.workflow());
            Map<String, String> details = new TreeMap<>(Map.of("workflow", after.workflow().label(),
                    "mode.before", before.mode().name(), "mode.after", after.mode().name(),
                    "thresholds.before", describe(before.thresholds()), "thresholds.after", describe(after.thresholds())));
            if (refusal.isPresent()) {
                details.put("reason", refusal.get());
                audit.append(new AuditRecord(clock.instant(), AuditKind.REFUSAL, actor, command.channel(), Optional.empty(), details));
                return new AutomationChange.AutomationChangeRefused(refusal.get());
            }
            policies.save(after);
            audit.append(new AuditRecord(clock.instant(), AuditKind.MODE_CHANGE, actor, command.channel(), Optional.empty(), details));
            return new AutomationChange.AutomationChanged(before, after);
        });
    }

    private static String describe(Thresholds thresholds) {
        return "max " + thresholds.maxAmount() + ", min confidence " + thresholds.minConfidence().toPlainString()
                + ", risk ceiling " + thresholds.riskCeiling().toPlainString();
    }
}
