package org.vigie.web;

/** The request is valid but the resource's state does not allow it (already submitted, decided...). Answered 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
