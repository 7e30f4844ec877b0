package org.arbot.core.close;

import java.util.Objects;

/** A general-ledger account, by its number ({@code id}, e.g. {@code 1200}) and name. */
public record GlAccount(String id, String name) {

    public GlAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
