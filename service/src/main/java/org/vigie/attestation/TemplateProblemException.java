package org.vigie.attestation;

/** A template that cannot be filled or rendered: the file and line to fix; no PDF comes out of it. */
public class TemplateProblemException extends RuntimeException {
    private final String file;
    private final int line;

    TemplateProblemException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
