package org.arbot.app.governance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Thresholds;
import org.arbot.core.governance.Workflow;
import org.arbot.core.governance.WorkflowPolicy;
import org.arbot.core.money.Money;

/** Turns {@link GovernanceProperties} into the domain's default policies and people. */
final class ConfiguredGovernance {

    private ConfiguredGovernance() {
    }

    /** {@code cash-application} or {@code CASH_APPLICATION} to the workflow; anything else names the bad key. */
    static Workflow workflow(String key) {
        String name = key.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Workflow.values()).filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown workflow '" + key + "' (expected one of "
                        + Arrays.stream(Workflow.values()).map(Workflow::label).toList() + ")"));
    }

    static List<WorkflowPolicy> policies(GovernanceProperties properties) {
        Map<Workflow, GovernanceProperties.WorkflowSettings> byWorkflow = properties.workflows().entrySet().stream()
                .collect(Collectors.toMap(e -> workflow(e.getKey()), Map.Entry::getValue));
        return Arrays.stream(Workflow.values()).map(workflow -> {
            GovernanceProperties.WorkflowSettings settings = byWorkflow.getOrDefault(workflow,
                    new GovernanceProperties.WorkflowSettings(AutomationMode.ASSIST, BigDecimal.ZERO,
                            new BigDecimal("0.95"), new BigDecimal("0.20")));
            return new WorkflowPolicy(workflow, settings.mode(), new Thresholds(
                    Money.of(settings.maxAmount(), Money.currencyOf(properties.currency()), java.math.RoundingMode.HALF_UP),
                    settings.minConfidence(), settings.riskCeiling()));
        }).toList();
    }

    static List<Person> people(GovernanceProperties properties) {
        return properties.people().stream().map(p -> person(p, properties.currency())).toList();
    }

    static Person person(GovernanceProperties.PersonSettings settings, String currency) {
        Set<ChatIdentity> identities = new HashSet<>();
        present(settings.slack()).map(ChatIdentity::slack).ifPresent(identities::add);
        present(settings.teams()).map(ChatIdentity::teams).ifPresent(identities::add);
        present(settings.console()).map(ChatIdentity::console).ifPresent(identities::add);
        Map<Workflow, Money> limits = settings.limits().entrySet().stream().collect(Collectors.toMap(
                e -> workflow(e.getKey()),
                e -> Money.of(e.getValue(), Money.currencyOf(currency), java.math.RoundingMode.HALF_UP)));
        return new Person(PersonId.of(settings.id()), settings.name(), Set.copyOf(settings.roles()), identities, limits,
                present(settings.intacctUser()), present(settings.manager()).map(PersonId::of));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
