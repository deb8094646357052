package org.vigie.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The language of an answer, from the caller's Accept-Language: French unless the caller asks for English (the users' language is French). */
public final class Languages {
    private Languages() {
    }

    /** "en" when Accept-Language starts with English, "fr" otherwise (absent, French or any other language). */
    public static String of(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en") ? "en" : "fr";
    }

    /** The language of the request being answered on this thread; French outside a request (a batch, a relay). */
    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? of(request.getRequest().getHeader("Accept-Language")) : "fr";
    }
}
