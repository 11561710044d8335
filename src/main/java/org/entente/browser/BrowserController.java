package org.entente.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Neo4j Browser, served at {@code /browser/} from its own jar, opened already pointed at the graph: the embedded
 * engine's Bolt port with no authentication, or the server of {@code NEO4J_URI} (whose password the analyst types).
 * Also serves the Browser style ({@code cypher/browser-style.grass}), which the Browser fetches from another origin
 * when it connects, hence the open CORS on it: it is public and read-only.
 */
@RestController
@Hidden
class BrowserController {

    private final Neo4jConnectionDetails connection;

    BrowserController(Neo4jConnectionDetails connection) {
        this.connection = connection;
    }

    /** {@code /browser/} opens the Browser with the connection filled in. */
    @GetMapping({"/browser", "/browser/"})
    ResponseEntity<Void> open() {
        var uri = connection.getUri().toString();
        var noAuth = AuthTokens.none().equals(connection.getAuthToken());
        var location = "/browser/index.html?dbms=" + URLEncoder.encode(uri, StandardCharsets.UTF_8)
                + (noAuth ? "&preselectAuthMethod=NO_AUTH" : "");
        return ResponseEntity.status(302).location(URI.create(location)).cacheControl(CacheControl.noStore()).build();
    }

    @CrossOrigin
    @GetMapping(path = "/browser-style.grass", produces = MediaType.TEXT_PLAIN_VALUE)
    String style() throws IOException {
        try (var in = new ClassPathResource("cypher/browser-style.grass").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
