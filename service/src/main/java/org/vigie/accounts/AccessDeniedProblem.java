package org.vigie.accounts;

/** The caller is authenticated but may not do or see this. Answered 403. */
public class AccessDeniedProblem extends RuntimeException {
    public AccessDeniedProblem(String message) {
        super(message);
    }
}
