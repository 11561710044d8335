package org.entente.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import org.entente.system.EntenteProperties;
import org.springframework.stereotype.Component;

/**
 * The editor's bearer token, which writing through the API requires. There is none by default: a server whose
 * operator set no {@code entente.editor-token} refuses every import (403) rather than accept anyone's.
 */
@Component
class EditorCredential {

    static final int MIN_LENGTH = 16;

    private static final String CHALLENGE = "Bearer realm=\"entente\"";

    private final byte[] expected;

    EditorCredential(EntenteProperties properties) {
        if (properties.editingEnabled() && properties.editorToken().strip().length() < MIN_LENGTH) {
            // a short token can be guessed; refuse to start rather than guard imports with it
            throw new IllegalStateException("entente.editor-token (ENTENTE_EDITOR_TOKEN) has " + properties.editorToken().strip().length()
                    + " characters; use at least " + MIN_LENGTH + ", e.g. openssl rand -hex 24");
        }
        this.expected = properties.editingEnabled() ? sha256(properties.editorToken().strip()) : null;
    }

    /** Passes quietly for the editor's {@code Authorization} header; throws the 403 or 401 problem otherwise. */
    void check(String authorization) {
        if (expected == null) {
            throw ArticleProblem.editingDisabled("Importing articles needs an editor token and this server has none: "
                    + "start it with ENTENTE_EDITOR_TOKEN=<a long random secret> (or --entente.editor-token=...) "
                    + "and send that token as 'Authorization: Bearer <token>'.");
        }
        if (authorization == null || authorization.isBlank()) {
            throw ArticleProblem.unauthorized("Importing articles needs the editor token: send 'Authorization: Bearer <token>'.",
                    CHALLENGE);
        }
        var parts = authorization.trim().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            throw ArticleProblem.unauthorized("The Authorization header must be 'Bearer <token>'.",
                    CHALLENGE + ", error=\"invalid_request\"");
        }
        // digests of equal length, compared in constant time: the answer's timing tells nothing about the token
        if (!MessageDigest.isEqual(expected, sha256(parts[1]))) {
            throw ArticleProblem.unauthorized("The editor token is not valid.", CHALLENGE + ", error=\"invalid_token\"");
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
