package org.entente.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.entente.system.EmbeddedNeo4j;
import org.entente.system.EntenteProperties;
import org.entente.system.Problems;
import org.entente.system.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Neo4j Browser, served at {@code /browser/} from its own jar, opened already connected to the graph.
 * <p>
 * The embedded engine needs a password, which the Browser gets without the analyst typing it, and which nobody else
 * gets: {@code POST /browser/connection} hands it over only to a request made on this machine (a loopback address; and
 * {@code WebGuard} refuses any request naming a host not Entente's), from Entente's own page if from a browser,
 * that shows the Browser key. The key is printed when Entente starts, as a link: opening it once leaves the key in
 * this origin's local storage (not in a cookie, which every server on localhost would be sent, whatever its port), so
 * later visits to {@code /browser/} connect directly. The answer is never cached; the page writes the connection where
 * the Browser keeps it and opens the Browser, which is kept from saving the password ({@code browserPage}).
 * <p>
 * With {@code NEO4J_URI} the Browser opens pointed at that server, and the analyst types its password.
 * <p>
 * The Bolt address the Browser is given is the one Entente connects to, unless {@code entente.bolt-advertised-address}
 * names another: the analyst's browser, not Entente, opens that connection, and under docker-compose.yml the server's
 * name ({@code neo4j}) resolves only inside the containers.
 */
@RestController
@Hidden
class BrowserController {

    private static final Logger log = LoggerFactory.getLogger(BrowserController.class);

    private final Neo4jConnectionDetails connection;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final PublicAddress address;
    private final EntenteProperties properties;
    private final SecureRandom random = new SecureRandom();

    BrowserController(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4j> embedded, PublicAddress address,
                      EntenteProperties properties) {
        this.connection = connection;
        this.embedded = embedded;
        this.address = address;
        this.properties = properties;
    }

    /** The link an analyst opens once: printed at start-up, to the console of whoever started Entente. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        var engine = embedded.getIfAvailable();
        if (engine != null) {
            log.info("Neo4j Browser, connected with no typing: {}/browser/?key={}", address.base(), engine.credential().browserKey());
        }
    }

    /**
     * {@code /browser/} opens the Browser connected (embedded), or pointed at the server of {@code NEO4J_URI}. For the
     * embedded engine it is a page without secrets: its script keeps the key of {@code ?key=} in this origin's local
     * storage, takes it out of the address, and trades it for the connection at {@code POST /browser/connection}.
     */
    @GetMapping({"/browser", "/browser/"})
    ResponseEntity<String> open(HttpServletRequest request) {
        var engine = embedded.getIfAvailable();
        if (engine == null) {
            var bolt = properties.browserBolt(connection.getUri());
            var location = "/browser/index.html?dbms=" + URLEncoder.encode(bolt.toString(), StandardCharsets.UTF_8);
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).cacheControl(CacheControl.noStore()).build();
        }
        if (!fromThisMachine(request)) {
            return notHere();
        }
        var nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce());
        var html = read("pages/browser-open.html").replace("${nonce}", nonce).replace("${base}", HtmlUtils.htmlEscape(address.base()));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; connect-src 'self'; "
                        + "style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'")
                .body(html);
    }

    record KeyRequest(String key) {
    }

    /**
     * The Bolt connection, for the Browser key. Only from this machine, and from a browser only for Entente's own page:
     * a request whose {@code Origin} is another site's is refused, whatever key it carries.
     */
    @PostMapping(path = "/browser/connection", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> connection(@RequestBody(required = false) KeyRequest body, HttpServletRequest request) {
        var engine = embedded.getIfAvailable();
        if (engine == null || !fromThisMachine(request) || !sameOrigin(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(
                    HttpStatus.FORBIDDEN, "browser-connection-refused", "Not from here",
                    "The Bolt connection is handed out only to Entente's own Browser page, on the machine Entente runs on."));
        }
        var credential = engine.credential();
        if (body == null || !credential.isBrowserKey(body.key())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(
                    HttpStatus.UNAUTHORIZED, "browser-key-required", "Open Neo4j Browser with its key",
                    "The graph has a password, and the Browser is handed it only with the key that Entente printed when it "
                            + "started (the line that begins \"Neo4j Browser, connected with no typing\"). Open that link once in "
                            + "this browser; after that, " + address.base() + "/browser/ connects by itself."));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("host", properties.browserBolt(engine.boltUri()).toString(),
                "username", credential.username(), "password", credential.password()));
    }

    private ResponseEntity<String> notHere() {
        return page(HttpStatus.FORBIDDEN, "Neo4j Browser connects by itself only on the machine Entente runs on",
                "Open it there, at " + address.base() + "/browser/ . From elsewhere, use a Neo4j client with the Bolt "
                        + "password (entente.bolt-password), through an encrypted tunnel.");
    }

    /**
     * A browser names the page a request comes from: it must be this very origin. Programs that are not browsers send
     * no {@code Origin}; they still need the key.
     */
    private static boolean sameOrigin(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return false;
        }
        var origin = request.getHeader("Origin");
        return origin == null || origin.equalsIgnoreCase(request.getScheme() + "://" + request.getHeader("Host"));
    }

    private byte[] nonce() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private ResponseEntity<String> page(HttpStatus status, String title, String text) {
        var html = read("pages/browser-message.html").replace("${title}", HtmlUtils.htmlEscape(title))
                .replace("${text}", HtmlUtils.htmlEscape(text));
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'").body(html);
    }

    /**
     * Made on this machine: a loopback peer. That the request also names this machine (no foreign site's name pointed at
     * 127.0.0.1) is checked for every request, by {@code WebGuard}.
     */
    private static boolean fromThisMachine(HttpServletRequest request) {
        return PublicAddress.isLoopback(request.getRemoteAddr());
    }

    /**
     * Neo4j Browser's own page, with one script of Entente's before the Browser's: it keeps the password out of the
     * state the Browser saves in local storage ({@code pages/browser-forget-password.js} says why).
     */
    @GetMapping(path = "/browser/index.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> browserPage() {
        var page = read("browser/index.html");
        int head = page.indexOf("<head>");
        if (head < 0) {
            throw new IllegalStateException("Neo4j Browser's index.html has no <head>: cannot add Entente's script to it");
        }
        var script = "<script src=\"/browser-forget-password.js\"></script>";
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(page.substring(0, head + 6) + script + page.substring(head + 6));
    }

    @GetMapping(path = "/browser-forget-password.js", produces = "text/javascript")
    String forgetPassword() {
        return read("pages/browser-forget-password.js");
    }

    @CrossOrigin
    @GetMapping(path = "/browser-style.grass", produces = MediaType.TEXT_PLAIN_VALUE)
    String style() {
        return read("cypher/browser-style.grass");
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
