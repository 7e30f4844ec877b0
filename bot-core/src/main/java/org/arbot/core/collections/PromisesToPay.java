package org.arbot.core.collections;

import java.util.List;
import org.arbot.core.ar.CustomerId;

/** The promises to pay collectors have logged. */
public interface PromisesToPay {

    void add(PromiseToPay promise);

    /** Every promise of the customer, oldest first. */
    List<PromiseToPay> of(CustomerId customer);
}
