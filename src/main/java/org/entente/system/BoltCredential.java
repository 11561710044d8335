package org.entente.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.LoggerFactory;

/**
 * The one account of the embedded engine. Its password is the operator's secret ({@code ENTENTE_BOLT_PASSWORD}) or,
 * when none is given, one generated on the first start and kept in {@code <data-dir>/bolt-password}, readable by the
 * owner only: the server, the CLI and the tests of one data folder all read it there, and nobody else on the machine
 * can. The Browser key (what {@code /browser/} asks of an analyst before it hands the Browser this credential) is
 * derived from the password, so it changes when the password does and needs no file of its own.
 *
 * @param from where the password came from, for the log: the setting's name or the file's path
 */
public record BoltCredential(String username, String password, String from) {

    public static final String USERNAME = "neo4j";
    static final String FILE = "bolt-password";
    /** Neo4j's own lower bound ({@code dbms.security.auth_minimum_password_length}). */
    static final int MIN_LENGTH = 8;

    /** The configured secret, else the data folder's, else a new one written there. */
    public static BoltCredential resolve(Path dataDir, String configured) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("entente.bolt-password (ENTENTE_BOLT_PASSWORD) has " + configured.strip().length()
                        + " characters; Neo4j needs at least " + MIN_LENGTH + ", e.g. openssl rand -hex 24");
            }
            return new BoltCredential(USERNAME, configured.strip(), "entente.bolt-password (ENTENTE_BOLT_PASSWORD)");
        }
        var file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                var bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
            ownerOnly(file);
            var password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.length() < MIN_LENGTH) {
                throw new IllegalStateException(file.toAbsolutePath() + " holds no password of " + MIN_LENGTH
                        + " characters or more; delete it to have a new one made, or set ENTENTE_BOLT_PASSWORD");
            }
            return new BoltCredential(USERNAME, password, file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the Bolt password in " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Created owner-only from the start and linked into place whole: never readable by others, never half written,
     * and of two processes creating it at once, both end up with the one that was linked first.
     */
    private static void write(Path file, String password) throws IOException {
        var posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        var temp = posix
                ? Files.createTempFile(file.getParent(), FILE, ".new", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), FILE, ".new");
        try {
            Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temp); // fails if the file exists: the check and the creation are one step
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file); // a file system without hard links
            }
        } catch (FileAlreadyExistsException e) {
            // another process of the same data folder made it first: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A password file others can read is no secret: it is made the owner's alone, and the owner told. */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            var ownerOnly = PosixFilePermissions.fromString("rw-------");
            if (!Files.getPosixFilePermissions(file).equals(ownerOnly)) {
                Files.setPosixFilePermissions(file, ownerOnly);
                LoggerFactory.getLogger(BoltCredential.class).warn("{} was readable by others: made it the owner's alone; "
                        + "set a new password (delete the file, or set ENTENTE_BOLT_PASSWORD) if others may have read it", file.toAbsolutePath());
            }
        }
    }

    /** The key an analyst's browser shows to be handed this credential: 32 hex digits, stable per password. */
    public String browserKey() {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("entente-browser".getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of the password, to tell whether the store's user already has it; not the password. */
    String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("entente-bolt:" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time: how long the answer takes tells nothing about the key. */
    public boolean isBrowserKey(String candidate) {
        return candidate != null && MessageDigest.isEqual(browserKey().getBytes(StandardCharsets.UTF_8),
                candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Never the password: records print their fields, settings get logged. */
    @Override
    public String toString() {
        return "BoltCredential[username=" + username + ", password from " + from + "]";
    }
}
