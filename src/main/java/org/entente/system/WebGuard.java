package org.entente.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.springframework.web.util.UrlPathHelper;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer carries, and the read token. Every answer: {@code nosniff}, never framed (neither
 * {@code X-Frame-Options} nor CSP {@code frame-ancestors} lets another site put Entente in a frame), no referrer
 * sent on. Entente's own pages also get a content security policy that allows only their own resources; Neo4j
 * Browser and Swagger UI, which are others' pages, get only the frame rule.
 * <p>
 * When {@code entente.read-token} is set (a server exposed beyond loopback), every answer but a few pages without graph
 * data needs it as a bearer token ({@link #needsReadToken}); the editor's import and removal keep their own token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class WebGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(WebGuard.class);
    static final String OWN_PAGES_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final BearerToken readToken;
    /** The names this server answers to; null: any (entente.allowed-hosts=*). */
    private final Set<String> hosts;
    private final JsonMapper json = JsonMapper.builder().build();

    WebGuard(EntenteProperties properties, @Value("${server.address:}") String address,
             @Value("${entente.public-url:}") String publicUrl, @Value("${entente.allowed-hosts:}") String allowedHosts) {
        this.readToken = properties.readTokenRequired() ? BearerToken.of(properties.readToken()) : null;
        var hosts = new java.util.TreeSet<String>(PublicAddress.LOOPBACK_HOSTS);
        hosts.add("::1");
        java.util.stream.Stream.concat(java.util.stream.Stream.of(publicUrl), properties.browserOrigins().stream())
                .filter(u -> u != null && !u.isBlank()).map(u -> URI.create(u.strip()).getHost()).filter(h -> h != null)
                .forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        java.util.Arrays.stream(allowedHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        this.hosts = hosts.contains("*") ? null : Set.copyOf(hosts);
        if (readToken == null && !address.isBlank() && !PublicAddress.isLoopback(address)) {
            log.warn("The API listens on {} with no read token: anyone who reaches that address can read the graph. "
                    + "Set ENTENTE_READ_TOKEN to require one.", address);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the path as routing sees it: decoded, without ;parameters ("/api;x=1/articles" and "/%61pi/articles" are
        // "/api/articles"), so no spelling of a path reaches a controller past the check made for another
        var path = normalized(PATHS.getPathWithinApplication(request));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        var host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (hosts != null && !hosts.contains(host)) {
            // a page of a foreign site whose name was pointed at 127.0.0.1 (DNS rebinding) would otherwise read the graph
            // as if it were its own origin
            refuse(response, HttpStatus.MISDIRECTED_REQUEST, "unknown-host", "Unknown host name", "This server answers to "
                    + String.join(", ", hosts) + ", not to '" + (host.length() > 100 ? host.substring(0, 100) + "…" : host)
                    + "'. To reach it by another name, set entente.public-url (or entente.allowed-hosts).", null);
            return;
        }
        if (path.startsWith("/browser") || path.startsWith("/swagger-ui")) {
            if (!path.equals("/browser") && !path.equals("/browser/")) {
                response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            } // /browser/ itself sets a stricter policy of its own
        } else {
            response.setHeader("Content-Security-Policy", OWN_PAGES_POLICY);
        }
        if (readToken != null && needsReadToken(request.getMethod(), path)
                && !readToken.matches(BearerToken.from(request.getHeader("Authorization")))) {
            refuse(response, HttpStatus.UNAUTHORIZED, "read-token-required", "Read token required",
                    "This server requires its read token for the API: send 'Authorization: Bearer <token>'.", "Bearer realm=\"entente\"");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
                        String challenge) throws IOException {
        response.setStatus(status.value());
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(Problems.of(status, type, title, detail)));
    }

    /**
     * Everything but a short list of pages that hold no graph data (the landing page, health, Neo4j Browser's files
     * and Entente's page that opens it, which asks for its own key, the guides and style, the API docs), and but the
     * editor's import and removal, which have the editor token.
     */
    static boolean needsReadToken(String method, String path) {
        if (("POST".equals(method) && path.equals("/api/articles")) || ("DELETE".equals(method) && path.startsWith("/api/articles/"))) {
            return false;
        }
        return !(path.equals("/") || path.equals("/index.html") || path.equals("/favicon.ico") || path.equals("/error")
                || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                || path.equals("/browser") || path.startsWith("/browser/") || path.startsWith("/browser-")
                || path.startsWith("/guide/") || path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/")
                || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/"));
    }

    /** "/browser/../api//articles" → "/api/articles": as the container resolves it, whatever routing makes of it. */
    static String normalized(String path) {
        var segments = new java.util.ArrayDeque<String>();
        for (var segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        var result = "/" + String.join("/", segments);
        return path.endsWith("/") && !result.equals("/") ? result + "/" : result;
    }

}
