package org.arbot.intacct.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The objects the sandbox serves, by their query-service name; the object endpoints live under the same name. */
enum SandboxObject {
    CUSTOMER("accounts-receivable/customer"),
    TERM("accounts-receivable/term"),
    INVOICE("accounts-receivable/invoice"),
    PAYMENT("accounts-receivable/payment"),
    PAYMENT_DETAIL("accounts-receivable/payment-detail"),
    ADJUSTMENT("accounts-receivable/adjustment"),
    SALES_ORDER("order-entry/document::Sales Order"),
    BANK_TRANSACTION("cash-management/bank-transaction"),
    GL_ACCOUNT("general-ledger/account"),
    JOURNAL_ENTRY("general-ledger/journal-entry"),
    JOURNAL_ENTRY_LINE("general-ledger/journal-entry-line");

    private final String objectName;

    SandboxObject(String objectName) {
        this.objectName = objectName;
    }

    String objectName() {
        return objectName;
    }

    /** The invoice schema, unlike the others, has no {@code href} property, so invoices are served without one. */
    boolean recordsCarryHref() {
        return this != INVOICE;
    }

    String href(String key) {
        return "/objects/" + objectName + "/" + key;
    }

    static Optional<SandboxObject> named(String objectName) {
        return Arrays.stream(values()).filter(o -> o.objectName.equals(objectName)).findFirst();
    }
}
