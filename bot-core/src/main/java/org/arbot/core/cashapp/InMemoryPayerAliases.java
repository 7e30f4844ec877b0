package org.arbot.core.cashapp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.arbot.core.ar.CustomerId;

/** Payer aliases held in memory: the embedded default, and what a batch run learns from its own history. */
public final class InMemoryPayerAliases implements PayerAliases {

    private final Map<String, CustomerId> byName = new ConcurrentHashMap<>();

    @Override
    public Optional<CustomerId> customerFor(String payerName) {
        if (byName.isEmpty()) {
            return Optional.empty(); // nothing learned yet: no need to canonicalise the name
        }
        String key = PayerAliases.canonical(payerName);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(key));
    }

    @Override
    public void learn(String payerName, CustomerId customer) {
        String key = PayerAliases.canonical(payerName);
        if (!key.isEmpty()) {
            byName.put(key, customer);
        }
    }
}
