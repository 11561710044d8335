package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.entente.support.HttpTest;
import org.entente.support.RawHttp;
import org.entente.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Neo4j Browser at /browser/, connected with no typing, with Entente's guide and style, in headless Chromium. */
class BrowserIT extends HttpTest {

    @Autowired
    EmbeddedNeo4j engine;

    @Test
    void shouldHandTheBoltPasswordOnlyToThisMachineWithTheBrowserKey() throws Exception {
        var key = engine.credential().browserKey();
        var password = engine.credential().password();

        var open = RawHttp.send(port, "GET /browser/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).doesNotContain(password).doesNotContain(key).contains("/browser/connection");
        assertThat(open.header("Cache-Control")).contains("no-store");
        assertThat(open.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'").contains("script-src 'nonce-").contains("frame-ancestors 'none'"));

        assertThat(connection("127.0.0.1:" + port, null, null).status()).as("no key").isEqualTo(401);
        assertThat(connection("127.0.0.1:" + port, null, "0123456789abcdef0123456789abcdef").status()).as("a wrong key").isEqualTo(401);
        var handed = connection("127.0.0.1:" + port, "http://127.0.0.1:" + port, key);
        assertThat(handed.status()).isEqualTo(200);
        assertThat(handed.body()).contains(password).contains(engine.boltUri().toString());
        assertThat(handed.header("Cache-Control")).contains("no-store");
        assertThat(handed.header("Access-Control-Allow-Origin")).isEmpty();

        // another site's page, even one that knew the key; a foreign name made to resolve to 127.0.0.1
        assertThat(connection("127.0.0.1:" + port, "http://evil.example", key).status()).isEqualTo(403);
        assertThat(connection("127.0.0.1:" + port, "http://localhost:9999", key).status()).as("another port on localhost").isEqualTo(403);
        var rebound = connection("attacker.example:" + port, "http://attacker.example:" + port, key);
        assertThat(rebound.status()).isEqualTo(421);
        assertThat(rebound.body()).doesNotContain(password);

        // the Browser's page loads Entente's script first, which keeps the password out of what the Browser saves
        var browserPage = RawHttp.send(port, "GET /browser/index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(browserPage.body()).contains("<head><script src=\"/browser-forget-password.js\"></script>");
        assertThat(RawHttp.send(port, "GET /browser-forget-password.js HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n").body()).contains("Storage.prototype.setItem");

        var style = api.get("/browser-style.grass");
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.body().asString()).contains("node.Country").contains("node.Claim").contains("caption: \"{topic}\"");
    }

    private RawHttp.Response connection(String host, String origin, String key) throws Exception {
        var body = key == null ? "{}" : "{\"key\": \"" + key + "\"}";
        return RawHttp.send(port, "POST /browser/connection HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Content-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void shouldServeTheGuideAndTheLandingPage() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var guide = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/guide/entente.html")).header("Origin", "http://localhost:7474").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(guide.body()).contains("<slide").contains("class=\"runnable\"")
                .contains(":play http://localhost:" + port + "/guide/library.html").doesNotContain("${base}");
        var library = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/guide/library.html")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        long queries;
        try (var files = java.nio.file.Files.list(Path.of("cypher/queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".cypher")).count();
        }
        assertThat(queries).isGreaterThanOrEqualTo(12);
        assertThat(library.split("<slide", -1)).hasSize((int) queries + 1);
        assertThat(library).contains(":param {id: &#39;country:rus&#39;}").contains("cypher/queries/find_treaty_lifecycle.cypher");
        var home = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).contains("href=\"/browser/\"").contains("/swagger-ui.html");
    }

    /** What a new analyst does: open the Browser, follow the guide, click a query, see the styled graph. */
    @Test
    void shouldShowTheGraphOfAGuideQueryInHeadlessChromium() throws Exception {
        assumeTrue(BrowserTour.available(), "chromium and chromium-driver are not installed (.ci/run installs them)");
        var base = "http://127.0.0.1:" + port;
        try (var tour = new BrowserTour(base)) {
            assertThat(tour.open(engine.credential().browserKey())).contains("bolt://127.0.0.1:");
            assertThat(tour.storedPasswords()).as("the Browser keeps no password once connected").allMatch(String::isEmpty);
            assertThat(tour.currentUrl()).as("the key is out of the address").doesNotContain("key=");
            // later visits need no key in the address: it is in this origin's storage
            assertThat(tour.open(null)).contains("bolt://127.0.0.1:");
            // with a random HTTP port the engine cannot name the guide's address at start-up: ask for it as a user would
            tour.run(":style http://localhost:" + port + "/browser-style.grass");
            tour.run(":play http://localhost:" + port + "/guide/entente.html");
            var query = tour.clickGuideQuery("Entente", 2, 0);
            assertThat(query).contains("country:usa").contains("country:rus");
            tour.run("");
            // a caption wraps into one text element per line, where the line breaks depends on the fonts installed
            var captions = String.join(" ", tour.waitForNodes(3));
            assertThat(captions).contains("United States").contains("Russia");
            tour.screenshot(Path.of("target/browser-it/us-russia.png"));
        }
    }
}
