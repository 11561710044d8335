package org.entente.system;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of Entente's problem details (RFC 9457): a sentence-case title and a type
 * {@code urn:entente:problem:<slug>}, whoever answers: our handlers, Spring's, the container's error page, Tomcat.
 */
public final class Problems {

    private static final String TYPE = "urn:entente:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE + type));
        return problem;
    }

    /** Title and type from the status alone: 400 is "Bad request", {@code urn:entente:problem:bad-request}. */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        var title = title(status.value());
        return of(status, slug(title), title, detail);
    }

    /** "Bad request", "Not found", "Request header fields too large"; "Error" for a status without a name. */
    public static String title(int status) {
        var known = HttpStatus.resolve(status);
        return sentence(known == null ? "Error" : known.getReasonPhrase());
    }

    /** The type of a problem Spring made with a title but no type of its own ("Bad Request" → bad-request). */
    static void name(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            var title = problem.getTitle() == null ? title(problem.getStatus()) : sentence(problem.getTitle());
            problem.setTitle(title);
            problem.setType(URI.create(TYPE + slug(title)));
        }
    }

    /** "Bad Request" → "Bad request"; a word in capitals stays ("URI Too Long" → "URI too long"). */
    private static String sentence(String phrase) {
        var words = phrase.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
                words[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", words);
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
