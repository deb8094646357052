package org.vigie.web;

/** The credentials a request presents in its body prove nothing (a connected agenda software's sign-in). Answered 401. */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}
