package org.vigie.attestation;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.vigie.web.PdfFonts;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Filled XHTML to PDF/A-1b with Flying Saucer on OpenPDF, the template's fonts embedded (accents
 * render everywhere). A renderer is kept per thread: making one and registering its fonts cost more than
 * rendering a one-page attestation.
 */
final class PdfRendering {
    private static final ThreadLocal<Renderer> RENDERERS = new ThreadLocal<>();
    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    private record Renderer(Path templatesDirectory, ITextRenderer renderer) {
    }

    private PdfRendering() {
    }

    /** The XHTML comes from a template checked when it was read, its values escaped by Mustache. */
    static byte[] render(String file, String xhtml, Path templatesDirectory) {
        try {
            return renderNow(file, xhtml, templatesDirectory);
        } finally {
            QrCodes.forget();
        }
    }

    private static byte[] renderNow(String file, String xhtml, Path templatesDirectory) {
        try {
            ITextRenderer renderer = renderer(templatesDirectory);
            renderer.setPDFXConformance(PdfWriter.PDFA1B);
            renderer.setDocumentFromString(xhtml, templatesDirectory.toUri().toString());
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out, false);
            // PDF/A-1b for archiving: fonts embedded (above), an sRGB output intent and the XMP metadata that declare it
            PdfWriter writer = renderer.getWriter();
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
            writer.createXmpMetadata();
            renderer.finishPDF();
            return out.toByteArray();
        } catch (TemplateProblemException e) {
            throw e;
        } catch (Exception e) {
            RENDERERS.remove(); // a renderer that failed half-way is not reused
            throw new TemplateProblemException(file, 0, "rendering: " + e.getMessage());
        }
    }

    private static ITextRenderer renderer(Path templatesDirectory) throws Exception {
        Renderer kept = RENDERERS.get();
        if (kept != null && kept.templatesDirectory().equals(templatesDirectory)) {
            return kept.renderer();
        }
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(device, new QrCodes.QrUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL));
        Path fonts = templatesDirectory.resolve("fonts");
        for (String font : PdfFonts.FILES) {
            Path file = fonts.resolve(font);
            PdfFonts.of(file); // loaded from its bytes first: the resolver finds it in OpenPDF's cache by its path
            renderer.getFontResolver().addFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        RENDERERS.set(new Renderer(templatesDirectory, renderer));
        return renderer;
    }
}
