package org.arbot.core.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;

/** People, policies and decisions the governance tests share. */
public final class GovernanceFixtures {

    public static final ChatIdentity CARLA_SLACK = ChatIdentity.slack("U0COLLECT1");
    public static final ChatIdentity CARLA_TEAMS = ChatIdentity.teams("7f0c0001-aaaa-4bbb-8ccc-000000000001");
    public static final ChatIdentity MARIA_SLACK = ChatIdentity.slack("U0ARMGR01");
    public static final ChatIdentity VICTOR_SLACK = ChatIdentity.slack("U0VIEWER1");
    public static final ChatIdentity ADA_SLACK = ChatIdentity.slack("U0ADMIN01");

    private GovernanceFixtures() {
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** A collector who may write off deductions up to 500.00, an AR manager up to 25,000.00, a viewer and an admin. */
    public static InMemoryPeople people() {
        Person carla = new Person(PersonId.of("carla"), "Carla Collector", Set.of(Role.COLLECTOR),
                Set.of(CARLA_SLACK, CARLA_TEAMS), Map.of(Workflow.DEDUCTIONS, usd("500.00"), Workflow.CASH_APPLICATION,
                        usd("10000.00"), Workflow.COLLECTIONS, usd("0.00")), Optional.of("CCOLLECTOR"),
                Optional.of(PersonId.of("maria")));
        Person maria = new Person(PersonId.of("maria"), "Maria Manager", Set.of(Role.AR_MANAGER), Set.of(MARIA_SLACK),
                Map.of(Workflow.DEDUCTIONS, usd("25000.00"), Workflow.CREDIT, usd("100000.00")), Optional.of("MMANAGER"),
                Optional.empty());
        Person victor = new Person(PersonId.of("victor"), "Victor Viewer", Set.of(Role.VIEWER), Set.of(VICTOR_SLACK),
                Map.of(), Optional.empty(), Optional.empty());
        Person ada = new Person(PersonId.of("ada"), "Ada Admin", Set.of(Role.ADMIN), Set.of(ADA_SLACK), Map.of(),
                Optional.empty(), Optional.empty());
        return new InMemoryPeople(List.of(carla, maria, victor, ada));
    }

    public static WorkflowPolicy policy(Workflow workflow, AutomationMode mode) {
        return new WorkflowPolicy(workflow, mode, new Thresholds(usd("1000.00"), new BigDecimal("0.90"), new BigDecimal("0.30")));
    }

    public static List<WorkflowPolicy> policies(AutomationMode mode) {
        return java.util.Arrays.stream(Workflow.values()).map(w -> policy(w, mode)).toList();
    }

    public static InMemoryLedger ledger() {
        return new InMemoryLedger()
                .add(new Customer(CustomerId.of("CUST-1001"), "ACME Corp", Optional.empty(), usd("50000.00"),
                        org.arbot.core.ar.Terms.net(30), org.arbot.core.ar.CollectorId.of("carla"), false, List.of()));
    }

    /** A deduction write-off of {@code amount} the deductions agent proposes with confidence 0.95 and risk 0.10. */
    public static ProposeCommand writeOff(String amount) {
        return writeOff(amount, "0.95");
    }

    public static ProposeCommand writeOff(String amount, String confidence) {
        AdjustmentPosting posting = new AdjustmentPosting("set-by-governance", CustomerId.of("CUST-1001"), Optional.empty(),
                LocalDate.parse("2026-11-20"), usd(amount), AdjustmentKind.WRITE_OFF, "freight deduction");
        return new ProposeCommand(Workflow.DEDUCTIONS, new ProposalAction.PostAdjustment(posting), usd(amount),
                new BigDecimal(confidence), new BigDecimal("0.10"),
                List.of("short-paid " + amount + " USD on INV-2001 with remittance note 'freight'"),
                Map.of("invoice", "INV-2001", "remittance", "freight"), "deductions-agent", Optional.empty());
    }

    /** A payment of {@code amount} from {@code customer}, left on account, the cash-application agent proposes with confidence 0.95. */
    public static ProposeCommand payment(String amount, String customer) {
        PaymentPosting posting = new PaymentPosting("set-by-governance", CustomerId.of(customer), LocalDate.parse("2026-11-26"),
                usd(amount), List.of(), Optional.empty(), "lockbox");
        return new ProposeCommand(Workflow.CASH_APPLICATION, new ProposalAction.PostPayment(posting), usd(amount),
                new BigDecimal("0.95"), new BigDecimal("0.05"), List.of("exact amount from " + customer),
                Map.of("bank-line", "BL-" + amount), "cash-application-agent", Optional.empty());
    }
}
