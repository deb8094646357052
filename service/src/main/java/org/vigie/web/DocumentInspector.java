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
        String allowed = "Seuls les fichiers PDF, JPEG et PNG sont acceptés.";
        if (content.length == 0) {
            validation.refuse("file", "Le fichier est vide.");
        } else if (content.length > maxBytes) {
            validation.refuse("file", "Le fichier dépasse la taille maximale de " + (maxBytes / (1024 * 1024)) + " Mo.");
        }
        validation.require(filename != null && !filename.isBlank() && filename.length() <= 255, "file",
                "Le fichier doit avoir un nom de 255 caractères au plus.");
        Optional<String> detected = content.length == 0 ? Optional.empty() : detect(content);
        if (content.length > 0 && (detected.isEmpty() || !allowedTypes.contains(detected.get()))) {
            validation.refuse("file", allowed + " Le contenu de ce fichier ne correspond à aucun de ces formats.");
        }
        validation.throwIfAny();
        return detected.orElseThrow();
    }
}
