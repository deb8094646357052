package org.vigie.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;


/**
 * Decides what an uploaded file really is from its first bytes, whatever its name or declared type
 * say: only PDF, JPEG and PNG are kept, and only when the content matches.
 */
public final class DocumentInspector {
    private record Signature(String contentType, byte[] magic) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
            new Signature("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Signature("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));

    private static final int MAX_NAME = 255;

    private DocumentInspector() {
    }

    public static Optional<String> detect(byte[] content) {
        return SIGNATURES.stream()
                .filter(s -> content.length >= s.magic().length
                        && Arrays.equals(Arrays.copyOf(content, s.magic().length), s.magic()))
                .map(Signature::contentType)
                .findFirst();
    }

    /** The content type to keep, or the refusals that name the file field. */
    public static String check(String filename, byte[] content, long maxBytes, List<String> allowedTypes, Validation validation) {
        if (content.length == 0) {
            validation.refuse("file", Texts.of("web.file.empty"));
        } else if (content.length > maxBytes) {
            validation.refuse("file", Texts.of("web.file.tooLarge", "megabytes", maxBytes / (1024 * 1024)));
        }
        validation.require(filename != null && !filename.isBlank() && filename.length() <= MAX_NAME, "file",
                Texts.of("web.file.name", "max", MAX_NAME));
        Optional<String> detected = content.length == 0 ? Optional.empty() : detect(content);
        if (content.length > 0 && (detected.isEmpty() || !allowedTypes.contains(detected.get()))) {
            validation.refuse("file", Texts.of("web.file.type"));
        }
        validation.throwIfAny();
        return detected.orElseThrow();
    }
}
