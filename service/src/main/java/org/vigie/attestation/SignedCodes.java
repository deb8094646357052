package org.vigie.attestation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed code an attestation's QR code carries after {@code #}, in the layout that
 * {@code pdf-templates/SIGNED-CODE.md} documents for anyone verifying offline with the published key.
 * <ul>
 * <li>V2 (issued now): binary, its last 64 bytes the Ed25519 signature of the bytes before them, the whole
 * in RFC 4648 base32 without padding: letters and digits only, which a QR code stores in its compact
 * alphanumeric mode (5.5 bits a character, where base64 costs 8) and which needs no escaping in an address;</li>
 * <li>V1 (issued before): {@code base64url("V1|number|regulator|holder|attested|issuedOn|validUntil|keyId") "."
 * base64url(signature)}, still read so that the attestations already printed keep verifying.</li>
 * </ul>
 */
final class SignedCodes {
    static final byte V2 = 2;
    static final int SIGNATURE_BYTES = 64;
    static final int FINGERPRINT_BYTES = 8;
    private static final int MAX_TEXT_BYTES = 255;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private SignedCodes() {
    }

    /**
     * What a code states. V2 names its key by fingerprint (regulator and keyId null: the published key says whose it is) and
     * what it attests by the attestation's kind and period (attested null); V1 by regulator and key id, with its sentence.
     */
    record Decoded(int version, byte[] fingerprint, String regulator, String keyId, String number, String kind, String holder,
                   String attested, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, byte[] signed, byte[] signature) {
    }

    /**
     * The V2 bytes that are signed. What is attested is the kind (the template, e.g. {@code otpq-cycle}) and the period, not
     * the registry's sentence: a sentence took half the code. The holder is cut at 255 bytes (the registry keeps it whole).
     */
    static byte[] payload(byte[] fingerprint, String number, String kind, String holder, LocalDate issuedOn, LocalDate validFrom,
                          LocalDate validUntil) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(V2);
        out.writeBytes(fingerprint);
        for (LocalDate date : new LocalDate[] {issuedOn, validFrom, validUntil}) {
            int days = date == null ? 0 : (int) date.toEpochDay();
            out.write(days >> 8);
            out.write(days);
        }
        for (String text : new String[] {number, kind, holder}) {
            byte[] bytes = cut(text == null ? "" : text);
            out.write(bytes.length);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    static String encode(byte[] payload, byte[] signature) {
        byte[] all = Arrays.copyOf(payload, payload.length + signature.length);
        System.arraycopy(signature, 0, all, payload.length, signature.length);
        return base32(all);
    }

    /** The content of what was scanned (the whole address, or what follows {@code #}); empty when it is not a code at all. */
    static Optional<Decoded> read(String scanned) {
        String code = scanned == null ? "" : scanned.contains("#") ? scanned.substring(scanned.indexOf('#') + 1) : scanned.trim();
        try {
            return code.contains(".") ? readV1(code) : readV2(code);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decoded> readV2(String code) {
        byte[] all = unbase32(code);
        if (all.length < 1 + FINGERPRINT_BYTES + 6 + 3 + SIGNATURE_BYTES || all[0] != V2) {
            return Optional.empty();
        }
        byte[] signed = Arrays.copyOf(all, all.length - SIGNATURE_BYTES);
        ByteBuffer in = ByteBuffer.wrap(signed);
        in.get();
        byte[] fingerprint = new byte[FINGERPRINT_BYTES];
        in.get(fingerprint);
        LocalDate issuedOn = day(in);
        LocalDate validFrom = day(in);
        LocalDate validUntil = day(in);
        String number = text(in);
        String kind = text(in);
        String holder = text(in);
        if (in.hasRemaining()) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(2, fingerprint, null, null, number, kind, holder, null, issuedOn, validFrom, validUntil, signed,
                Arrays.copyOfRange(all, all.length - SIGNATURE_BYTES, all.length)));
    }

    private static Optional<Decoded> readV1(String code) {
        String[] parts = code.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
        String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (f.length != 8 || !"V1".equals(f[0])) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(1, null, f[2], f[7], f[1], null, f[3], f[4], LocalDate.parse(f[5]), null,
                "-".equals(f[6]) ? null : LocalDate.parse(f[6]), payload, Base64.getUrlDecoder().decode(parts[1])));
    }

    private static LocalDate day(ByteBuffer in) {
        int days = Short.toUnsignedInt(in.getShort());
        return days == 0 ? null : LocalDate.ofEpochDay(days);
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[Byte.toUnsignedInt(in.get())];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** At most 255 bytes of UTF-8, never cutting a character in two. */
    private static byte[] cut(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_TEXT_BYTES) {
            return bytes;
        }
        int end = MAX_TEXT_BYTES;
        while ((bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    static byte[] unbase32(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = BASE32.indexOf(Character.toUpperCase(c));
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
