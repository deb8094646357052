package org.vigie.web;

/** The resource named in the path does not exist. Answered 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
