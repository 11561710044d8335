package org.entente.system;


import java.time.Duration;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Errors as RFC 9457 problem details: bad parameters → 400, the graph unreachable or busy → 503, anything else → 500.
 * Never an exception's class name in a response. A feature answers its own exceptions (unknown entity, unreadable
 * question, bad article) with an advice of its own, ordered before this one, so system knows no feature.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Duration queryTimeout;

    ProblemHandler(@Value("${entente.query-timeout:30s}") Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), "bad-request");
    }

    @ExceptionHandler
    ProblemDetail badParameter(ConstraintViolationException e) {
        var detail = String.join("; ", e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage()).sorted().toList());
        return problem(HttpStatus.BAD_REQUEST, "Bad request", detail, "bad-request");
    }

    /** Tomcat says the same thing for a query string it cannot decode and for one with too many parameters. */
    @ExceptionHandler
    ProblemDetail badQueryString(InvalidParameterException e) {
        var tooMany = String.valueOf(e.getMessage()).contains("maximum number of request parameters");
        return problem(HttpStatus.BAD_REQUEST, "Bad request", tooMany
                ? "The request has more query parameters than the " + TomcatConfiguration.MAX_PARAMETERS + " allowed."
                : "The query string is not valid percent-encoded UTF-8.", "bad-request");
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Graph database unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable",
                "The graph database cannot answer right now; try again shortly.", "graph-unavailable");
    }

    /** A question the graph gave up on at the query timeout: the server is fine, the question was too wide. */
    @ExceptionHandler
    ProblemDetail graphError(Neo4jException e) {
        if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            log.warn("Query stopped at the {} timeout: {}", queryTimeout, e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Question took too long", "The graph stopped answering this "
                    + "question after " + queryTimeout.toSeconds() + " s. Narrow it: fewer hops (maxHops), fewer "
                    + "hop types (exclude=), a smaller limit, a date range (from, to), or a more specific entity.", "query-timeout");
        }
        return unexpected(e);
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Entente could not answer this request; the server log has the details.", "internal-error");
    }

    /**
     * Problems Spring itself answers (a missing or malformed parameter, a wrong method or media type) get a type and
     * a title in the same form as ours: "Bad request", {@code urn:entente:problem:bad-request}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.name(problem);
        }
        return response;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status, type, title, detail);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
