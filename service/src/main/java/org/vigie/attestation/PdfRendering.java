package org.vigie.attestation;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import com.lowagie.text.pdf.BaseFont;

import org.xhtmlrenderer.pdf.ITextRenderer;

/** Filled XHTML to PDF with Flying Saucer on OpenPDF, the template's fonts embedded (accents render everywhere). */
final class PdfRendering {
    private PdfRendering() {
    }

    static byte[] render(String file, String xhtml, Path templatesDirectory) {
        AttestationTemplates.checkWellFormed(file, xhtml);
        try {
            ITextRenderer renderer = new ITextRenderer();
            Path fonts = templatesDirectory.resolve("fonts");
            for (String font : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
                renderer.getFontResolver().addFont(fonts.resolve(font).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            renderer.setDocumentFromString(xhtml, templatesDirectory.toUri().toString());
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new TemplateProblemException(file, 0, "rendering: " + e.getMessage());
        }
    }
}
