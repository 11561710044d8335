package org.entente.articles;

import org.entente.system.BearerToken;
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

    private final BearerToken expected;

    EditorCredential(EntenteProperties properties) {
        if (properties.editingEnabled() && properties.editorToken().strip().length() < MIN_LENGTH) {
            // a short token can be guessed; refuse to start rather than guard imports with it
            throw new IllegalStateException("entente.editor-token (ENTENTE_EDITOR_TOKEN) has " + properties.editorToken().strip().length()
                    + " characters; use at least " + MIN_LENGTH + ", e.g. openssl rand -hex 24");
        }
        this.expected = properties.editingEnabled() ? BearerToken.of(properties.editorToken()) : null;
    }

    /** Passes quietly for the editor's {@code Authorization} header; throws the 403 or 401 problem otherwise. */
    void check(String authorization) {
        if (expected == null) {
            throw ArticleProblem.editingDisabled("Importing and removing articles needs an editor token and this server has none: "
                    + "start it with ENTENTE_EDITOR_TOKEN=<a long random secret> (or --entente.editor-token=...) "
                    + "and send that token as 'Authorization: Bearer <token>'.");
        }
        if (authorization == null || authorization.isBlank()) {
            throw ArticleProblem.unauthorized("Importing and removing articles needs the editor token: send 'Authorization: Bearer <token>'.",
                    CHALLENGE);
        }
        var token = BearerToken.from(authorization);
        if (token == null) {
            throw ArticleProblem.unauthorized("The Authorization header must be 'Bearer <token>'.",
                    CHALLENGE + ", error=\"invalid_request\"");
        }
        if (!expected.matches(token)) {
            throw ArticleProblem.unauthorized("The editor token is not valid.", CHALLENGE + ", error=\"invalid_token\"");
        }
    }
}
