package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The PDFs' fonts: read once, whichever module prints; a missing file is named. */
class PdfFontsTests {
    private static final Path FONTS = org.vigie.support.TestRules.source().resolveSibling("pdf-templates").resolve("fonts");

    @Test
    void aFontIsReadOnceForEveryPdf() {
        assertThat(PdfFonts.of(FONTS.resolve(PdfFonts.REGULAR))).isSameAs(PdfFonts.of(FONTS.resolve(PdfFonts.REGULAR)));
        assertThat(PdfFonts.of(FONTS.resolve(PdfFonts.BOLD)).getPostscriptFontName()).contains("Bold");
    }

    @Test
    void aMissingFontIsNamed() {
        assertThatThrownBy(() -> PdfFonts.of(FONTS.resolve("Absente.ttf"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Absente.ttf");
    }
}
