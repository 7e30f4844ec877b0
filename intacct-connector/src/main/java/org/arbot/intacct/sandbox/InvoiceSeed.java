package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.arbot.intacct.sandbox.CustomerSeed.Habit;
import org.arbot.intacct.sandbox.CustomerSeed.Profile;

/**
 * Generates fifteen months of invoices and the payments that settled them, following each customer's habit; what the
 * habit has not paid by the as-of date stays open. A few old invoices stay open as disputes.
 */
final class InvoiceSeed {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] DISPUTES = {"Disputed: short shipment", "Disputed: pricing does not match the PO",
            "Disputed: goods damaged on arrival", "Disputed: duplicate billing"};

    private record Draft(Profile profile, LocalDate date, BigDecimal amount, LocalDate paidOn, BigDecimal paidSoFar,
                         String dispute) {
    }

    private InvoiceSeed() {
    }

    static void generate(DemoCompany company, List<Profile> profiles, LocalDate asOf, Random random) {
        List<Draft> drafts = new ArrayList<>();
        LocalDate first = asOf.minusMonths(15);
        for (Profile profile : profiles) {
            for (int month = 0; month < 15; month++) {
                int count = Math.max(1, profile.invoicesPerMonth() + random.nextInt(3) - 1);
                for (int i = 0; i < count; i++) {
                    LocalDate date = first.plusMonths(month).plusDays(random.nextInt(28));
                    if (date.isBefore(asOf)) {
                        drafts.add(draft(profile, date, asOf, random));
                    }
                }
            }
        }
        drafts.sort(Comparator.comparing(Draft::date).thenComparing(d -> d.profile().id()));
        int number = 1001;
        for (Draft draft : drafts) {
            ObjectNode invoice = company.insert(SandboxObject.INVOICE, invoice(draft, String.format("INV-%07d", number++)));
            if (draft.paidOn() != null) {
                PaymentHistory.settle(company, invoice, draft.amount(), draft.paidOn(), random);
            } else if (draft.paidSoFar().signum() > 0) {
                PaymentHistory.settle(company, invoice, draft.paidSoFar(), draft.date().plusDays(draft.profile().netDays()), random);
            }
        }
    }

    private static Draft draft(Profile profile, LocalDate date, LocalDate asOf, Random random) {
        BigDecimal factor = BigDecimal.valueOf(40 + random.nextInt(120)).movePointLeft(2);
        BigDecimal amount = profile.typicalInvoice().multiply(factor)
                .add(BigDecimal.valueOf(random.nextInt(100)).movePointLeft(2)).setScale(2, RoundingMode.HALF_UP);
        LocalDate due = date.plusDays(profile.netDays());
        LocalDate paidOn = switch (profile.habit()) {
            case DISCOUNT_TAKER -> random.nextInt(5) < 4 ? date.plusDays(6 + random.nextInt(5)) : due.plusDays(random.nextInt(6) - 3);
            case PROMPT -> due.plusDays(random.nextInt(9) - 5);
            case SLOW -> due.plusDays(5 + random.nextInt(16));
            case CHRONIC_LATE -> due.plusDays(25 + random.nextInt(46));
        };
        String dispute = null;
        if (random.nextInt(250) == 0 && due.plusDays(60).isBefore(asOf)) {
            dispute = DISPUTES[random.nextInt(DISPUTES.length)];
            paidOn = null;
        } else if (!paidOn.isBefore(asOf)) {
            paidOn = null;
        }
        BigDecimal paidSoFar = BigDecimal.ZERO;
        if (paidOn == null && dispute == null && profile.habit() != Habit.DISCOUNT_TAKER && random.nextInt(10) == 0
                && due.isBefore(asOf)) {
            paidSoFar = amount.multiply(BigDecimal.valueOf(2 + random.nextInt(6)).movePointLeft(1)).setScale(2, RoundingMode.DOWN);
        }
        return new Draft(profile, date, amount, paidOn, paidSoFar, dispute);
    }

    private static ObjectNode invoice(Draft draft, String number) {
        ObjectNode customer = draft.profile().customer();
        ObjectNode invoice = NODES.objectNode();
        invoice.put("recordType", "ri").put("moduleKey", "accountsReceivable");
        invoice.put("invoiceNumber", number).put("state", "posted");
        if (Math.floorMod(number.hashCode(), 10) < 7) {
            invoice.put("referenceNumber", "PO-" + (40000 + Math.floorMod(number.hashCode(), 50000)));
        }
        invoice.put("description", draft.dispute() == null ? "" : draft.dispute());
        invoice.put("invoiceDate", draft.date().toString());
        invoice.put("dueDate", draft.date().plusDays(draft.profile().netDays()).toString());
        invoice.putObject("currency").put("baseCurrency", "USD").put("txnCurrency", "USD");
        String amount = Decimals.text(draft.amount());
        invoice.put("totalBaseAmount", amount).put("totalBaseAmountDue", amount);
        invoice.put("totalTxnAmount", amount).put("totalTxnAmountDue", amount);
        invoice.putObject("paymentInformation").put("totalTxnAmountPaid", "0.00").put("totalBaseAmountPaid", "0.00");
        invoice.set("customer", References.customerRef(customer));
        invoice.set("term", customer.path("term").deepCopy());
        return invoice;
    }
}
