package org.vigie.web;

/** The request is valid but the resource's state does not allow it (already submitted, decided...). Answered 409. */
public class ConflictException extends RuntimeException {
    private final String code;

    public ConflictException(String message) {
        this(null, message);
    }

    /** With a machine-readable code (e.g. {@code appointment.stale}), answered as the problem's {@code code}. */
    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
