package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

/** Neo4j Browser at /browser/, connected with no typing, with Entente's guide and style, in headless Chromium. */
class BrowserIT extends HttpTest {

    @Test
    void shouldOpenTheBrowserConnectedToTheEmbeddedGraph() {
        var open = api.getRaw("/browser/");
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.header("Location")).startsWith("/browser/index.html?dbms=bolt%3A%2F%2F127.0.0.1%3A")
                .endsWith("&preselectAuthMethod=NO_AUTH");
        var style = api.get("/browser-style.grass");
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.body().asString()).contains("node.Country").contains("node.Claim").contains("caption: \"{topic}\"");
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
                .contains(":play http://127.0.0.1:" + port + "/guide/library.html").doesNotContain("${base}");
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
            assertThat(tour.open()).contains("bolt://127.0.0.1:");
            // with a random HTTP port the engine cannot name the guide's address at start-up: ask for it as a user would
            tour.run(":style http://localhost:" + port + "/browser-style.grass");
            tour.run(":play http://localhost:" + port + "/guide/entente.html");
            var query = tour.clickGuideQuery("Entente", 2, 0);
            assertThat(query).contains("country:usa").contains("country:rus");
            tour.run("");
            var captions = tour.waitForNodes(3);
            assertThat(captions).contains("United States", "Russia");
            tour.screenshot(Path.of("target/browser-it/us-russia.png"));
        }
    }
}
