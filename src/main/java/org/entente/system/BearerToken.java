package org.entente.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A secret that requests show as {@code Authorization: Bearer <token>} (the editor's token, the read token). Only its
 * digest is kept, and a candidate is compared digest to digest in constant time: how long the answer takes tells
 * nothing about the secret.
 */
public final class BearerToken {

    private final byte[] digest;

    private BearerToken(String secret) {
        this.digest = sha256(secret.strip());
    }

    public static BearerToken of(String secret) {
        return new BearerToken(secret);
    }

    /** The token of an {@code Authorization} header, or null when the header is not {@code Bearer <token>}. */
    public static String from(String authorization) {
        if (authorization == null) {
            return null;
        }
        var parts = authorization.strip().split("\\s+", 2);
        return parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer") ? parts[1] : null;
    }

    public boolean matches(String token) {
        return token != null && MessageDigest.isEqual(digest, sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
