package org.entente.articles;

import org.entente.extract.ArticleException;
import org.entente.facts.InvalidFactsException;
import org.entente.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The write side's problems: an unknown article (404, with suggestions), an article that cannot be read (400), facts
 * extracted from it that break a rule every Facts document meets (422; nothing was written). Before the system's
 * catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArticleProblems {

    private static final Logger log = LoggerFactory.getLogger(ArticleProblems.class);

    @ExceptionHandler
    ProblemDetail unknownArticle(ArticleNotFoundException e) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "unknown-article", "Unknown article", e.getMessage());
        problem.setProperty("id", e.id());
        if (!e.suggestions().isEmpty()) {
            problem.setProperty("suggestions", e.suggestions());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badArticle(ArticleException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-article", "Bad article", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidFacts(InvalidFactsException e) {
        log.warn("Extracted facts rejected: {}", e.getMessage());
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-facts", "Extracted facts are invalid",
                e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                        + " in the facts extracted from the article; nothing was written.");
        problem.setProperty("problems", e.problems().stream()
                .map(p -> p.path().isEmpty() ? p.message() : p.path() + ": " + p.message()).toList());
        return problem;
    }
}
