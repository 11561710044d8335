package org.entente.system;

import java.io.IOException;
import java.net.InetAddress;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer carries, and the read token. Every answer: {@code nosniff}, never framed (neither
 * {@code X-Frame-Options} nor CSP {@code frame-ancestors} lets another site put Entente in a frame), no referrer
 * sent on. Entente's own pages also get a content security policy that allows only their own resources; Neo4j
 * Browser and Swagger UI, which are others' pages, get only the frame rule.
 * <p>
 * When {@code entente.read-token} is set (a server exposed beyond loopback), the API's answers need it as a bearer
 * token; the editor's import keeps its own token, and health, the guides and the pages stay open.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class WebGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(WebGuard.class);
    static final String OWN_PAGES_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final BearerToken readToken;
    private final JsonMapper json = JsonMapper.builder().build();

    WebGuard(EntenteProperties properties, @Value("${server.address:}") String address) {
        this.readToken = properties.readTokenRequired() ? BearerToken.of(properties.readToken()) : null;
        if (readToken == null && !address.isBlank() && !isLoopback(address)) {
            log.warn("The API listens on {} with no read token: anyone who reaches that address can read the graph. "
                    + "Set ENTENTE_READ_TOKEN to require one.", address);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path.startsWith("/browser") || path.startsWith("/swagger-ui")) {
            if (!path.equals("/browser") && !path.equals("/browser/")) {
                response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            } // /browser/ itself sets a stricter policy of its own
        } else {
            response.setHeader("Content-Security-Policy", OWN_PAGES_POLICY);
        }
        if (readToken != null && needsReadToken(request) && !readToken.matches(BearerToken.from(request.getHeader("Authorization")))) {
            var problem = Problems.of(HttpStatus.UNAUTHORIZED, "read-token-required", "Read token required",
                    "This server requires its read token for the API: send 'Authorization: Bearer <token>'.");
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"entente\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The API's reads; the import has the editor token, health and the pages carry no graph data. */
    private static boolean needsReadToken(HttpServletRequest request) {
        var path = request.getRequestURI();
        return (path.startsWith("/api/") || path.equals("/api"))
                && !("POST".equals(request.getMethod()) && path.equals("/api/articles"));
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
