package org.vigie.web;

/** The caller is authenticated but may not do or see this. Answered 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
