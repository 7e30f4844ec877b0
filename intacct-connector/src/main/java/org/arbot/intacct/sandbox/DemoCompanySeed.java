package org.arbot.intacct.sandbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.arbot.intacct.sandbox.CustomerSeed.Profile;

/** Generates the demo company from a seed: the same seed and as-of date always give the same records and keys. */
final class DemoCompanySeed {

    private DemoCompanySeed() {
    }

    static DemoCompany generate(long seed, LocalDate asOf) {
        Random random = new Random(seed);
        DemoCompany company = new DemoCompany(asOf);
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> terms = CustomerSeed.terms(company);
        List<Profile> profiles = CustomerSeed.customers(company, terms, random);
        InvoiceSeed.generate(company, profiles, asOf, random);
        InvoiceBalances.refreshAllCustomerDues(company);
        OrderSeed.generate(company, profiles, asOf, random);
        BankLineSeed.generate(company, asOf, random);
        GeneralLedgerSeed.generate(company, asOf);
        return company;
    }
}
