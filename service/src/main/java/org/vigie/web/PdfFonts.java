package org.vigie.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts the service's PDFs embed, DejaVu Sans regular and bold (every French accent), for the attestations' templates and
 * the clinics' prints alike. Each file is read once from its bytes and kept, in OpenPDF's cache too under its path: a PDF
 * subsets the font from memory rather than re-reading its file a few bytes at a time (most of an attestation's time otherwise).
 */
public final class PdfFonts {
    public static final String REGULAR = "DejaVuSans.ttf";
    public static final String BOLD = "DejaVuSans-Bold.ttf";
    /** Regular, then bold. */
    public static final List<String> FILES = List.of(REGULAR, BOLD);

    private static final Map<Path, BaseFont> LOADED = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /**
     * The font of this file, embedded, in Unicode (Identity-H); loaded the first time. OpenPDF then knows it by
     * {@code file.toString()}: a renderer that registers the same path (Flying Saucer's addFont) finds it there.
     */
    public static BaseFont of(Path file) {
        return LOADED.computeIfAbsent(file, f -> {
            try {
                return BaseFont.createFont(f.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, Files.readAllBytes(f), null);
            } catch (IOException e) {
                throw new UncheckedIOException("the PDF font " + f + " cannot be read", e);
            }
        });
    }
}
