package org.vigie.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ordinary tools a person would check a printed attestation with, from Debian's packages that
 * bin/test installs: {@code pdftoppm} (poppler-utils) renders a PDF page as a picture, {@code zbarimg}
 * (zbar-tools) reads a QR code off it. A missing tool fails the test with the package to install.
 */
public final class DebianTools {
    private DebianTools() {
    }

    /** The program's path; a test that needs it fails, naming the package, when it is not installed. */
    public static String require(String program, String debianPackage) {
        for (String folder : new String[] {"/usr/bin", "/usr/local/bin", "/bin"}) {
            Path path = Path.of(folder, program);
            if (Files.isExecutable(path)) {
                return path.toString();
            }
        }
        return fail(program + " is missing: install Debian's package " + debianPackage + " (apt-get install " + debianPackage
                + "; bin/test does it)");
    }

    /** The first page of the PDF as a PNG at this resolution, as pdftoppm renders it. */
    public static Path pageAsPng(byte[] pdf, int dpi, Path folder) throws IOException {
        Path input = Files.createTempFile(folder, "page", ".pdf");
        Files.write(input, pdf);
        String prefix = input.toString().replaceAll("\\.pdf$", "");
        run(require("pdftoppm", "poppler-utils"), "-r", String.valueOf(dpi), "-png", "-f", "1", "-l", "1", "-singlefile",
                input.toString(), prefix);
        return Path.of(prefix + ".png");
    }

    /** What zbarimg reads in the picture: each QR code's text, one a line; empty when it finds none. */
    public static List<String> qrCodes(Path picture) throws IOException {
        String out = run(require("zbarimg", "zbar-tools"), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", picture.toString());
        List<String> codes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                codes.add(line.strip());
            }
        }
        return codes;
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start(); // zbarimg speaks of D-Bus there
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command[0] + " did not finish within 60 s");
            }
            return out; // zbarimg exits 4 when it finds no code: the empty list says so
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
