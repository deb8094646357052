package org.vigie.hours;

/** French unless the caller asks for English: the users' language is French. */
final class Languages {
    private Languages() {
    }

    static String of(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en") ? "en" : "fr";
    }
}
