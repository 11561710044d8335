package org.entente.articles;

import org.entente.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request to import or remove an article that is refused, as the problem detail the client gets (RFC 9457). Spring's
 * problem handling renders it with its headers ({@code WWW-Authenticate} on a 401).
 */
final class ArticleProblem extends ErrorResponseException {

    private ArticleProblem(HttpStatus status, String type, String title, String detail) {
        super(status, Problems.of(status, type, title, detail), null);
    }

    static ArticleProblem badRequest(String detail) {
        return new ArticleProblem(HttpStatus.BAD_REQUEST, "bad-article", "Bad article", detail);
    }

    static ArticleProblem tooLarge(String detail) {
        return new ArticleProblem(HttpStatus.CONTENT_TOO_LARGE, "article-too-large", "Article too large", detail);
    }

    static ArticleProblem unauthorized(String detail, String challenge) {
        var problem = new ArticleProblem(HttpStatus.UNAUTHORIZED, "editor-token-required", "Editor token required", detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problem;
    }

    static ArticleProblem editingDisabled(String detail) {
        return new ArticleProblem(HttpStatus.FORBIDDEN, "editing-disabled", "Editing is switched off", detail);
    }

    static ArticleProblem busy(String detail, int retryAfterSeconds) {
        var problem = new ArticleProblem(HttpStatus.SERVICE_UNAVAILABLE, "import-busy", "Too many imports at once", detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        return problem;
    }

    static ArticleProblem sourceExists(String id, String detail) {
        var problem = new ArticleProblem(HttpStatus.CONFLICT, "source-exists", "Source already imported", detail);
        problem.getBody().setProperty("sourceId", id);
        return problem;
    }

    static ArticleProblem curated(String id, String detail) {
        var problem = new ArticleProblem(HttpStatus.CONFLICT, "curated-source", "Curated source", detail);
        problem.getBody().setProperty("sourceId", id);
        return problem;
    }

    static ArticleProblem needed(String id, String detail, java.util.List<String> entities) {
        var problem = new ArticleProblem(HttpStatus.CONFLICT, "source-needed", "Source still needed", detail);
        problem.getBody().setProperty("sourceId", id);
        problem.getBody().setProperty("entities", entities);
        return problem;
    }
}
