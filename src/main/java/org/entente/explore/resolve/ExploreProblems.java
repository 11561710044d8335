package org.entente.explore.resolve;

import org.entente.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Names that resolve to no entity (404, with the nearest names) or to several (409, with the candidates), as problem
 * details. Before the system's catch-all, which would otherwise answer them as internal errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExploreProblems {

    @ExceptionHandler
    ProblemDetail notFound(EntityNotFoundException e) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "unknown-entity", "Unknown entity", e.getMessage());
        problem.setProperty("ref", e.ref());
        problem.setProperty("suggestions", e.suggestions());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail ambiguous(AmbiguousReferenceException e) {
        var problem = Problems.of(HttpStatus.CONFLICT, "ambiguous-entity", "Ambiguous entity", e.getMessage());
        problem.setProperty("ref", e.ref());
        problem.setProperty("candidates", e.candidates());
        return problem;
    }
}
