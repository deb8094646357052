package org.vigie.attestation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.vigie.web.Sha256;

/**
 * One Ed25519 key pair per regulator signs its attestations; anyone verifies them with the public
 * key, offline. Keys live in {@code <keys>/<regulator>/<keyId>.key|.pub} (PKCS#8 and X.509, base64);
 * the newest signs, the older ones keep verifying what they signed (rotation). A regulator without
 * a key gets one on first need.
 */
@Component
class SigningKeys {
    private static final DateTimeFormatter KEY_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");
    /** A fingerprint not known reads the key files again at most this often (the verification endpoint is public). */
    private static final Duration RESCAN_INTERVAL = Duration.ofSeconds(10);

    private final Path directory;
    private final Clock clock;
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    /** Key files never change once written: each private key is read and decoded once. */
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    /** Every key known to this instance, by fingerprint (hex): put when a key is created, used or published. */
    private final Map<String, FoundKey> fingerprints = new ConcurrentHashMap<>();
    /** The fingerprint of each key id, computed once. */
    private final Map<String, byte[]> fingerprintOfKey = new ConcurrentHashMap<>();
    /** When the key files were last read for a fingerprint not known (null: never). */
    private Instant lastRescan;

    SigningKeys(AttestationSettings settings, Clock clock) {
        this.directory = settings.keysDirectory().toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The key that signs, with its fingerprint: the first 8 bytes of the SHA-256 of its public key (X.509), as V2 codes name it. */
    record SigningKey(String keyId, PrivateKey privateKey, byte[] fingerprint) {
    }

    /**
     * A public key as published: whose, which, and whether it signs new attestations; its fingerprint in hex (the first
     * 8 bytes of the SHA-256 of the X.509 key that {@code publicKey} holds in base64), the key a V2 code names.
     */
    record PublishedKey(String regulator, String keyId, String algorithm, String publicKey, String fingerprint, boolean active) {
    }

    /** A public key found by its fingerprint: whose it is. */
    record FoundKey(String regulator, String keyId) {
    }

    synchronized SigningKey active(String regulator) {
        List<String> ids = keyIds(regulator);
        if (ids.isEmpty()) {
            return rotate(regulator);
        }
        String keyId = ids.get(ids.size() - 1);
        byte[] fingerprint = fingerprintOfKey.computeIfAbsent(keyId, id -> known(regulator, id,
                fingerprint(publicKey(regulator, id).orElseThrow(() -> new IllegalStateException("no public key for " + id)))));
        return new SigningKey(keyId, privateKeys.computeIfAbsent(keyId, id -> privateKey(regulator, id)), fingerprint);
    }

    /** Remembers whose key this fingerprint names. */
    private byte[] known(String regulator, String keyId, byte[] fingerprint) {
        fingerprints.putIfAbsent(HexFormat.of().formatHex(fingerprint), new FoundKey(regulator, keyId));
        return fingerprint;
    }

    /** A new key signs from now on; the old ones stay, published, to verify what they signed. */
    synchronized SigningKey rotate(String regulator) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String keyId = regulator + "-" + KEY_ID.format(clock.instant().atZone(clock.getZone()));
            Path folder = Files.createDirectories(directory.resolve(regulator));
            Files.writeString(folder.resolve(keyId + ".pub"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            Path key = folder.resolve(keyId + ".key");
            Files.writeString(key, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            key.toFile().setReadable(false, false);
            key.toFile().setReadable(true, true);
            byte[] fingerprint = known(regulator, keyId, fingerprint(pair.getPublic()));
            fingerprintOfKey.put(keyId, fingerprint);
            return new SigningKey(keyId, pair.getPrivate(), fingerprint);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing key under " + directory, e);
        }
    }

    static byte[] sign(SigningKey key, byte[] payload) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.privateKey());
            signature.update(payload);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the signature is the payload's, by the key named; false for an unknown key or a tampered byte. */
    boolean verify(String regulator, String keyId, byte[] payload, byte[] signatureBytes) {
        Optional<PublicKey> key = publicKey(regulator, keyId);
        if (key.isEmpty()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key.get());
            signature.update(payload);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] fingerprint(PublicKey key) {
        return HexFormat.of().parseHex(fingerprintHex(key.getEncoded()));
    }

    private static String fingerprintHex(byte[] x509) {
        return Sha256.hex(x509).substring(0, 2 * SignedCodes.FINGERPRINT_BYTES);
    }

    /**
     * The published key with this fingerprint, whoever's it is. A fingerprint not known reads the key files again (a key
     * written meanwhile by another instance), at most once every {@link #RESCAN_INTERVAL}: a forged code naming a random
     * fingerprint costs a map look-up, not a scan.
     */
    Optional<FoundKey> byFingerprint(byte[] fingerprint) {
        String hex = HexFormat.of().formatHex(fingerprint);
        FoundKey found = fingerprints.get(hex);
        if (found == null && rescanDue()) {
            published();
            found = fingerprints.get(hex);
        }
        return Optional.ofNullable(found);
    }

    private synchronized boolean rescanDue() {
        Instant now = clock.instant();
        if (lastRescan != null && now.isBefore(lastRescan.plus(RESCAN_INTERVAL))) {
            return false;
        }
        lastRescan = now;
        return true;
    }

    List<PublishedKey> published() {
        List<PublishedKey> keys = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return keys;
        }
        try (Stream<Path> regulators = Files.list(directory)) {
            for (Path folder : regulators.filter(Files::isDirectory).sorted().toList()) {
                String regulator = folder.getFileName().toString();
                List<String> ids = keyIds(regulator);
                for (String id : ids) {
                    String encoded = read(folder.resolve(id + ".pub"));
                    String fingerprint = fingerprintHex(Base64.getDecoder().decode(encoded));
                    fingerprints.putIfAbsent(fingerprint, new FoundKey(regulator, id));
                    keys.add(new PublishedKey(regulator, id, "Ed25519", encoded, fingerprint, id.equals(ids.get(ids.size() - 1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private Optional<PublicKey> publicKey(String regulator, String keyId) {
        if (!keyId.matches("[A-Za-z0-9._-]+") || !regulator.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        PublicKey cached = publicKeys.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Path file = directory.resolve(regulator).resolve(keyId + ".pub");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(read(file))));
            publicKeys.put(keyId, key);
            return Optional.of(key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private PrivateKey privateKey(String regulator, String keyId) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(read(directory.resolve(regulator).resolve(keyId + ".key")))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key " + keyId + " cannot be read", e);
        }
    }

    private List<String> keyIds(String regulator) {
        Path folder = directory.resolve(regulator);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".key"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
