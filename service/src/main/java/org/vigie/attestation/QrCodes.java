package org.vigie.attestation;

import java.util.HashMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * QR codes for the templates' {@code <img src="{{qr}}"/>}. The service hands the renderer a
 * {@code vigie-qr:} address that {@link QrUserAgent} turns straight into a one-bit PDF image (no PNG
 * to encode and decode again: that was a third of an attestation's time).
 */
final class QrCodes {
    static final String SCHEME = "vigie-qr:";
    /**
     * Error correction M (15 % of the code may be damaged); the compact encoding switches mode along the text, so that the signed
     * code's base32 after {@code #} is stored in the alphanumeric mode (5.5 bits a character) and the address in byte mode.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 2, EncodeHintType.QR_COMPACT, "true");
    /** The codes of the attestation being rendered on this thread, by the address the template received. */
    private static final ThreadLocal<Map<String, String>> PENDING = ThreadLocal.withInitial(HashMap::new);

    private QrCodes() {
    }

    /** An address for the template, valid for the next rendering on this thread. */
    static String forRendering(String content) {
        String address = SCHEME + PENDING.get().size();
        PENDING.get().put(address, content);
        return address;
    }

    static void forget() {
        PENDING.get().clear();
    }

    static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code: " + e.getMessage(), e);
        }
    }


    /** One bit per module, white = 1 (DeviceGray), drawn without smoothing so the modules stay square at any size. */
    static Image image(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x, y)) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        try {
            Image image = Image.getInstance(width, height, 1, 1, bits);
            image.setInterpolation(false);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The renderer's user agent: {@code vigie-qr:} addresses become QR images; everything else as usual. */
    static final class QrUserAgent extends ITextUserAgent {
        QrUserAgent(ITextOutputDevice device, int dotsPerPixel) {
            super(device, dotsPerPixel);
        }

        @Override
        public ImageResource getImageResource(String uri) {
            if (uri != null && uri.startsWith(SCHEME)) {
                String content = PENDING.get().get(uri);
                if (content != null) {
                    ITextFSImage image = new ITextFSImage(image(matrix(content)));
                    return new ImageResource(uri, image);
                }
            }
            return super.getImageResource(uri);
        }
    }
}
