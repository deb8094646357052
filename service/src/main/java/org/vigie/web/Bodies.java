package org.vigie.web;

/** A JSON body of {@code null} parses; it is still not a request we can act on. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException("body", Texts.of("web.body.required"));
        }
        return body;
    }
}
