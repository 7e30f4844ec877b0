package org.arbot.core.forecast;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;

/** Puts a customer in a segment whose payment habits stand in for its own while it has too little history. */
@FunctionalInterface
public interface Segmentation {

    String segmentOf(Invoice invoice, Optional<Customer> customer);

    /** Customers on the same terms form a segment; the invoice's own term length when the customer is unknown. */
    static Segmentation byTerms() {
        return (invoice, customer) -> customer.map(c -> c.terms().id())
                .orElse("N" + ChronoUnit.DAYS.between(invoice.invoiceDate(), invoice.dueDate()));
    }
}
