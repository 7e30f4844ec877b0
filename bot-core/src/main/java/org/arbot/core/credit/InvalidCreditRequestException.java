package org.arbot.core.credit;

/** A credit check request with a value that cannot be used; the message names the field and the value. */
public final class InvalidCreditRequestException extends IllegalArgumentException {

    private final String field;

    public InvalidCreditRequestException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    /** The request field at fault, as the API names it (e.g. {@code order_amount}). */
    public String field() {
        return field;
    }
}
