package org.arbot.app.cashapp;

/** An input row that was not used, where it is and why; printed as {@code file:line: reason}. */
record RejectedRow(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
