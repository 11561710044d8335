package org.entente.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.entente.system.EmbeddedNeo4j;
import org.entente.system.EntenteProperties;
import org.entente.system.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;

/**
 * Neo4j Browser, served at {@code /browser/} from its own jar, opened already connected to the graph.
 * <p>
 * The embedded engine needs a password, which the Browser gets without the analyst typing it, and which nobody else
 * gets: {@code /browser/} hands it over only to a request made on this machine (a loopback address, by a loopback
 * name, so a foreign site cannot rebind its name to 127.0.0.1) that shows the Browser key. The key is printed when
 * Entente starts, as a link: opening it once leaves the key in a cookie that only this site's own pages send
 * ({@code SameSite=Strict}, {@code HttpOnly}), so later visits to {@code /browser/} connect directly. The page that
 * carries the password is never cached, framed or readable by another origin; it writes the connection where the
 * Browser keeps it and opens the Browser, which drops the password from storage once it has connected.
 * <p>
 * With {@code NEO4J_URI} the Browser opens pointed at that server, and the analyst types its password.
 */
@RestController
@Hidden
class BrowserController {

    private static final Logger log = LoggerFactory.getLogger(BrowserController.class);
    static final String COOKIE = "entente-browser-key";

    private final Neo4jConnectionDetails connection;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final EntenteProperties properties;
    private final PublicAddress address;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();

    BrowserController(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4j> embedded,
                      EntenteProperties properties, PublicAddress address) {
        this.connection = connection;
        this.embedded = embedded;
        this.properties = properties;
        this.address = address;
    }

    /** The link an analyst opens once: printed at start-up, to the console of whoever started Entente. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        var engine = embedded.getIfAvailable();
        if (engine != null) {
            log.info("Neo4j Browser, connected with no typing: {}/browser/?key={}", address.base(), engine.credential().browserKey());
        }
    }

    /** {@code /browser/} opens the Browser connected (embedded), or pointed at the server of {@code NEO4J_URI}. */
    @GetMapping({"/browser", "/browser/"})
    ResponseEntity<String> open(@RequestParam(required = false) String key,
                                @CookieValue(name = COOKIE, required = false) String cookie, HttpServletRequest request) {
        var engine = embedded.getIfAvailable();
        if (engine == null) {
            var location = "/browser/index.html?dbms=" + URLEncoder.encode(connection.getUri().toString(), StandardCharsets.UTF_8);
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).cacheControl(CacheControl.noStore()).build();
        }
        if (!fromThisMachine(request)) {
            return page(HttpStatus.FORBIDDEN, "Neo4j Browser connects by itself only on the machine Entente runs on",
                    "Open it there, at " + address.base() + "/browser/ . From elsewhere, use a Neo4j client with the Bolt "
                            + "password (entente.bolt-password), through an encrypted tunnel.");
        }
        var credential = engine.credential();
        if (key != null && credential.isBrowserKey(key)) {
            // the key leaves the address bar (and the history) at once: from now on the cookie carries it
            var keep = ResponseCookie.from(COOKIE, credential.browserKey()).path("/browser").httpOnly(true)
                    .sameSite("Strict").secure(request.isSecure()).maxAge(Duration.ofDays(30)).build();
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, keep.toString())
                    .location(URI.create("/browser/")).cacheControl(CacheControl.noStore()).build();
        }
        if (cookie == null || !credential.isBrowserKey(cookie)) {
            return page(HttpStatus.UNAUTHORIZED, "Open Neo4j Browser with its key",
                    "The graph has a password, and the Browser is handed it only with the key that Entente printed when "
                            + "it started (a line that begins \"Neo4j Browser, connected with no typing\"). Open that link once "
                            + "in this browser; after that, " + address.base() + "/browser/ connects by itself.");
        }
        return connect(engine);
    }

    private ResponseEntity<String> connect(EmbeddedNeo4j engine) {
        var credential = engine.credential();
        var nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce());
        var connection = json.writeValueAsString(Map.of("host", engine.boltUri().toString(), "username", credential.username(),
                "password", credential.password()))
                // inside a script element: nothing in the data may close it
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        var html = read("pages/browser-connect.html").replace("${nonce}", nonce).replace("${connection}", connection);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer").body(html);
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
     * Made on this machine, to this machine by name: a loopback peer, and a loopback Host (or one of the configured
     * origins' hosts), so that a site whose name was made to point at 127.0.0.1 does not count as this machine.
     */
    private boolean fromThisMachine(HttpServletRequest request) {
        try {
            if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        var host = request.getServerName().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1")
                || properties.browserOrigins().stream().anyMatch(o -> host.equals(URI.create(o).getHost()));
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
