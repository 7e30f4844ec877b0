package org.arbot.core.forecast;

/** Where chart images go so cards can show them: each published PNG comes back as a signed https URL. */
@FunctionalInterface
public interface Charts {

    /** Keeps {@code png} under {@code name} (URL-safe, ending in {@code .png}) and returns the URL a card shows. */
    String publish(String name, byte[] png);
}
