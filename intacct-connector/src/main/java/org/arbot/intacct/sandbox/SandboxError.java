package org.arbot.intacct.sandbox;

/** A request the sandbox refuses, answered with Intacct's {@code ia::error} envelope and the given HTTP status. */
final class SandboxError extends RuntimeException {

    private final int status;
    private final String code;
    private final String errorId;
    private final String target;

    SandboxError(int status, String code, String errorId, String message, String target) {
        super(message);
        this.status = status;
        this.code = code;
        this.errorId = errorId;
        this.target = target;
    }

    static SandboxError invalid(String message, String target) {
        return new SandboxError(400, "invalidRequest", "REST-1064", message, target);
    }

    static SandboxError notFound(String what) {
        return new SandboxError(404, "notFound", "REST-1029", what + " was not found", null);
    }

    static SandboxError unauthorized(String message) {
        return new SandboxError(401, "unauthorized", "REST-1001", message, null);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String errorId() {
        return errorId;
    }

    /** The request property the error is about ({@code /paymentDetails/0}), or null when it is about the whole request. */
    String target() {
        return target;
    }
}
