package org.arbot.core.cashapp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.SupportingDocument;

/**
 * Applies cash: for each bank line, finds the customers it may come from (customer id, learned payer aliases,
 * names, parents; failing those, a quoted invoice number) and lets the agent decide. The bank-file, chat and
 * command-line workflows all go through here. Safe to share between threads while the indexes are not changed.
 */
public final class ApplyingCash {

    private static final int MAX_CANDIDATES = 6;

    private final PreparingLines preparing;
    private final CustomerDirectory customers;
    private final OpenInvoices invoices;
    private final Function<CustomerId, List<SupportingDocument>> documents;
    private final CashApplicationSettings settings;
    private final Clock clock;
    private final CashApplicationAgent agent;

    public ApplyingCash(CustomerDirectory customers, OpenInvoices invoices, PayerAliases aliases,
            Function<CustomerId, List<SupportingDocument>> documents, DeductionClassifier classifier,
            CashApplicationSettings settings, Clock clock) {
        this(new PreparingLines(customers, aliases), invoices, documents, classifier, settings, clock);
    }

    /** Applies cash to lines prepared by {@code preparing}, against its customers and payer aliases. */
    public ApplyingCash(PreparingLines preparing, OpenInvoices invoices,
            Function<CustomerId, List<SupportingDocument>> documents, DeductionClassifier classifier,
            CashApplicationSettings settings, Clock clock) {
        this.preparing = preparing;
        this.customers = preparing.customers();
        this.invoices = invoices;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
        this.agent = new CashApplicationAgent(classifier);
    }

    public CashApplication apply(BankLine line) {
        return apply(preparing.prepare(line));
    }

    /** Applies a line {@link PreparingLines#prepare prepared} against this engine's customers and aliases. */
    public CashApplication apply(PreparedLine prepared) {
        BankLine line = prepared.line();
        return agent.decide(new CashApplicationFacts(line, prepared.remittance(),
                candidates(line, prepared.remittance(), prepared.payers()), settings, LocalDate.now(clock)));
    }

    /** Remembers who a payer is after a person confirmed or corrected an application. */
    public void learn(BankLine line, CustomerId customer) {
        preparing.aliases().learn(line.payerName(), customer);
    }

    private List<Candidate> candidates(BankLine line, Remittance remittance, List<PayerMatch> payers) {
        List<Candidate> found = new ArrayList<>();
        if (line.customerId().isPresent()) {
            customers.find(line.customerId().get()).ifPresent(c -> found.add(candidate(c, line,
                    new PayerMatch(c.id(), 1.0, "customer id " + c.id() + " on the bank line"), false)));
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (PayerMatch p : payers) {
            if (found.size() == MAX_CANDIDATES || p.score() < payers.get(0).score() - 0.2) {
                break;
            }
            Optional<Customer> customer = customers.find(p.customerId());
            if (customer.isPresent()) {
                found.add(candidate(customer.get(), line, p, false));
            }
        }
        if (found.isEmpty()) {
            Set<CustomerId> quoted = new LinkedHashSet<>();
            for (InvoiceRef ref : remittance.refs()) {
                for (Invoice i : invoices.withNumber(ref.key())) {
                    quoted.add(i.customerId());
                }
            }
            for (CustomerId id : quoted) {
                customers.find(id).ifPresent(c -> found.add(candidate(c, line, new PayerMatch(id, 0.5,
                        "payer '" + line.payerName() + "' unknown; " + c.name() + " found only by a quoted invoice number"), true)));
            }
        }
        return found;
    }

    private Candidate candidate(Customer c, BankLine line, PayerMatch payer, boolean byReferenceOnly) {
        return new Candidate(payer, CustomerAccount.of(c, invoices, line.amount().currency(), documents.apply(c.id())),
                byReferenceOnly);
    }
}
