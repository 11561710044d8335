package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

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

    }

    /**
     * The style colours claims by the label of their kind, agreement green and disagreement red, captions them with
     * the kind's word (a topic is a phrase, cut off in a small circle), and captions a PARTY edge with the party's role
     * in a directed event, never with the side id ("country:usa", "joint").
     */
    @Test
    void shouldServeAStyleThatTellsAgreementFromDisagreement() {
        var response = api.get("/browser-style.grass");
        assertThat(response.status()).isEqualTo(200);
        var style = response.body().asString();
        var rules = new java.util.LinkedHashMap<String, String>();
        var matcher = java.util.regex.Pattern.compile("(?ms)^([\\w.]+) \\{$(.*?)^}$").matcher(style);
        while (matcher.find()) {
            rules.put(matcher.group(1), matcher.group(2));
        }
        assertThat(rules).containsKeys("node.Country", "node.Claim", "relationship.PARTY");
        for (var kind : org.entente.facts.ClaimKind.values()) {
            assertThat(rules).as("a rule for " + kind.label()).containsKey("node." + kind.label());
            assertThat(rules.get("node." + kind.label())).contains("caption: \"" + kind.label().toLowerCase() + "\"");
        }
        assertThat(List.copyOf(rules.keySet()).indexOf("node.Claim")).as("kind rules after the Claim rule, which they override")
                .isLessThan(List.copyOf(rules.keySet()).indexOf("node.Agreement"));
        assertThat(colour(rules, "node.Agreement")).isEqualTo(colour(rules, "relationship.AGREES_WITH")).isEqualTo("#2E9E44");
        assertThat(colour(rules, "node.Disagreement")).isEqualTo(colour(rules, "relationship.DISAGREES_WITH")).isEqualTo("#D03A2F");
        assertThat(rules.get("relationship.PARTY")).contains("caption: \"{role}\"");
        assertThat(style).doesNotContain("{side}").doesNotContain("{topic}");
    }

    private static String colour(java.util.Map<String, String> rules, String selector) {
        var matcher = java.util.regex.Pattern.compile("(?m)^\\s*color: (#[0-9A-F]{6});").matcher(rules.get(selector));
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Every query of the guide answers on the seed (a guide query that fails or shows nothing is a dead end). */
    @Test
    void shouldAnswerEveryQueryOfTheGuideOnTheSeed() throws Exception {
        var guide = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + port + "/guide/entente.html")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var queries = java.util.regex.Pattern.compile("(?s)<pre mode=\"cypher\" class=\"runnable\">(.*?)</pre>")
                .matcher(guide).results().map(m -> org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)))
                .filter(q -> !q.startsWith(":")).toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(10).anyMatch(q -> q.contains("c:Agreement|Disagreement"));
        for (var query : queries) {
            List<org.neo4j.driver.Record> rows = graph.read(tx -> tx.run(query).list());
            assertThat(rows).as(query).isNotEmpty();
        }
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
            assertThat(captions).contains("United").contains("Russia").contains("agreement").contains("disagreement");
            tour.place("United", 0.1, 0.5);
            tour.place("Russia", 0.65, 0.5);
            tour.overview();
            tour.screenshot(Path.of("target/browser-it/us-russia.png"));

            // everything the page asked for, its workers' Bolt connections too: Entente and its Bolt port only
            var requests = tour.requests();
            var own = java.util.Set.of("127.0.0.1:" + port, "localhost:" + port, "127.0.0.1:" + engine.boltUri().getPort(),
                    "localhost:" + engine.boltUri().getPort());
            assertThat(requests).as("the walk was recorded").contains("http://127.0.0.1:" + port + "/browser/index.html")
                    .contains("ws://127.0.0.1:" + engine.boltUri().getPort() + "/");
            assertThat(requests).as("requests to other hosts")
                    .filteredOn(url -> !BrowserTour.hostAndPort(url).isEmpty() && !own.contains(BrowserTour.hostAndPort(url)))
                    .isEmpty();
        }
    }

    /** The Browser's files that asked other hosts are served edited ({@link OfflineBrowser}); the others as they are. */
    @Test
    void shouldServeTheBrowsersFilesWithoutWhatTheyAskOtherHostsFor() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/browser/index.html")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var scripts = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(scripts).anyMatch(s -> s.startsWith("app-")).anyMatch(s -> s.startsWith("ui-libs-"));
        for (var script : scripts) {
            var path = script.startsWith("/") ? script : "/browser/" + script;
            var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
            // (not the body in a failure message: megabytes of script)
            var body = response.body();
            assertThat(body.contains("fonts.googleapis.com")).as(path + " asks for Google's fonts").isFalse();
            assertThat(body.contains("ingest.sentry.io")).as(path + " names Sentry's address").isFalse();
            if (script.startsWith("app-")) {
                assertThat(body.contains("loadExternalScripts:!1,")).as(path + " loads no external scripts").isTrue();
            }
        }
    }
}
