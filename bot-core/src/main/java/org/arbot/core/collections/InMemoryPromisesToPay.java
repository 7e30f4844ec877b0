package org.arbot.core.collections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.arbot.core.ar.CustomerId;

/** Promises to pay held in memory: the embedded default, and the fake for tests. */
public final class InMemoryPromisesToPay implements PromisesToPay {

    private final List<PromiseToPay> promises = new ArrayList<>();

    @Override
    public synchronized void add(PromiseToPay promise) {
        promises.add(promise);
    }

    @Override
    public synchronized List<PromiseToPay> of(CustomerId customer) {
        return promises.stream().filter(p -> p.customerId().equals(customer))
                .sorted(Comparator.comparing(PromiseToPay::loggedOn)).toList();
    }
}
