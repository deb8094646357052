package org.vigie.scheduling.communications;

/** « Rafraîchir l'aperçu »: the text as it would be saved, and never saved (R253). */
record Preview(String html, boolean saved) {
}
