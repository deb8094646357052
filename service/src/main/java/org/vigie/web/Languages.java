package org.vigie.web;

/** The language of an answer, from the caller's Accept-Language: French unless the caller asks for English (the users' language is French). */
public final class Languages {
    private Languages() {
    }

    /** "en" when Accept-Language starts with English, "fr" otherwise (absent, French or any other language). */
    public static String of(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en") ? "en" : "fr";
    }
}
