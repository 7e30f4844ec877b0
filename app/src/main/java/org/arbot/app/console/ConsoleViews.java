package org.arbot.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.arbot.app.ledger.SandboxBean;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.governance.AuditEntry;
import org.arbot.core.governance.AuditTrail;
import org.arbot.core.money.Money;
import org.arbot.core.ledger.Ledger;

/**
 * What the page shows beside the room, read as it stands: the sales orders the console has seen (held or decided),
 * the largest customer balances, and the newest audit entries.
 */
final class ConsoleViews {

    static final int AUDIT_SHOWN = 40;

    private final Ledger ledger;
    private final SandboxBean sandbox;
    private final AuditTrail audit;
    private final LocalFormat format;
    private final ObjectMapper mapper;
    private final Set<String> orders = new ConcurrentSkipListSet<>();

    ConsoleViews(Ledger ledger, SandboxBean sandbox, AuditTrail audit, LocalFormat format, ObjectMapper mapper) {
        this.ledger = ledger;
        this.sandbox = sandbox;
        this.audit = audit;
        this.format = format;
        this.mapper = mapper;
    }

    /** Remembers the orders now waiting for a credit decision, so the view still shows them once decided. */
    void noteHeldOrders() {
        ledger.ordersAwaitingApproval().forEach(order -> orders.add(order.id().value()));
    }

    ObjectNode ledger() {
        ObjectNode view = mapper.createObjectNode();
        noteHeldOrders();
        ArrayNode list = view.putArray("orders");
        for (String id : orders) {
            ledger.salesOrder(SalesOrderId.of(id)).ifPresent(order -> list.addObject()
                    .put("id", id)
                    .put("customer", name(order))
                    .put("amount", money(order.amount()))
                    .put("state", order.approval().name()));
        }
        List<Invoice> open = ledger.openInvoices();
        ArrayNode customers = view.putArray("customers");
        ledger.customers().stream()
                .sorted(Comparator.comparing((Customer c) -> balance(open, c).amount()).reversed())
                .limit(10)
                .forEach(c -> customers.addObject().put("id", c.id().value()).put("name", c.name())
                        .put("balance", money(balance(open, c))).put("creditLimit", money(c.creditLimit()))
                        .put("onHold", c.onHold()));
        view.put("unappliedPayments", ledger.unappliedBankLines().size());
        view.put("sandbox", sandbox.running().isPresent());
        return view;
    }

    ObjectNode audit() {
        List<AuditEntry> entries = audit.after(0, 100_000);
        ObjectNode view = mapper.createObjectNode();
        view.put("total", entries.size());
        ArrayNode list = view.putArray("entries");
        for (int i = entries.size() - 1; i >= Math.max(0, entries.size() - AUDIT_SHOWN); i--) {
            AuditEntry e = entries.get(i);
            list.addObject().put("sequence", e.sequence()).put("at", format.dateTime(e.at())).put("kind", e.kind())
                    .put("actor", e.actor()).put("channel", e.channel()).put("proposal", e.proposal())
                    .put("details", e.details()).put("hash", e.hash().substring(0, 12));
        }
        return view;
    }

    /** Puts the sandbox's demo company back as seeded; a real Intacct company is never reset. */
    void reset() {
        sandbox.running().orElseThrow(() -> new IllegalStateException("only the sandbox can be reset")).reset();
        orders.clear();
        noteHeldOrders();
    }

    private String name(SalesOrder order) {
        return ledger.customer(order.customerId()).map(Customer::name).orElse(order.customerId().value());
    }

    private static Money balance(List<Invoice> open, Customer customer) {
        return open.stream().filter(i -> i.customerId().equals(customer.id())).map(Invoice::balance)
                .reduce(Money.zero(customer.creditLimit().currency()), Money::plus);
    }

    private String money(Money money) {
        return format.money(money.amount(), money.currency().getCurrencyCode());
    }
}
