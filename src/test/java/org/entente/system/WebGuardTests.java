package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The read token of an exposed server: the API's reads need it, the pages and the editor's import and removal do not. */
class WebGuardTests {

    private static final String TOKEN = "a-read-token-for-this-test";

    @Test
    void shouldAskForTheReadTokenOnTheApiOnly() throws Exception {
        var guard = guard(TOKEN);

        var bare = run(guard, "GET", "/api/entities", null);
        assertThat(bare.getStatus()).isEqualTo(401);
        assertThat(bare.getContentType()).isEqualTo("application/problem+json");
        assertThat(bare.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(bare.getContentAsString()).contains("read-token-required");

        assertThat(run(guard, "GET", "/api/entities", "Bearer wrong-token").getStatus()).isEqualTo(401);
        assertThat(run(guard, "GET", "/api/entities", "Bearer " + TOKEN).getStatus()).isEqualTo(200);
        assertThat(run(guard, "GET", "/api/entities", "bearer  " + TOKEN).getStatus()).isEqualTo(200);
        assertThat(run(guard, "POST", "/api/articles", null).getStatus()).as("the editor token decides").isEqualTo(200);
        assertThat(run(guard, "DELETE", "/api/articles/some-source", null).getStatus()).as("the editor token decides").isEqualTo(200);
        assertThat(run(guard, "GET", "/api/articles/some-source", null).getStatus()).as("a read").isEqualTo(401);
        assertThat(run(guard, "DELETE", "/api/articles/../entities", null).getStatus()).as("not a removal").isEqualTo(401);
        assertThat(run(guard, "GET", "/actuator/health", null).getStatus()).isEqualTo(200);
        assertThat(run(guard, "GET", "/", null).getStatus()).isEqualTo(200);
        assertThat(run(guard, "GET", "/actuator/info", null).getStatus()).as("not on the open list").isEqualTo(401);
        assertThat(run(guard, "GET", "/actuator/health/readiness", null).getStatus()).as("the Docker healthcheck").isEqualTo(200);
        for (var metrics : new String[] {"/actuator/metrics", "/actuator/metrics/entente.import.sources", "/actuator/prometheus", "/actuator"}) {
            assertThat(run(guard, "GET", metrics, null).getStatus()).as(metrics).isEqualTo(401);
            assertThat(run(guard, "GET", metrics, "Bearer " + TOKEN).getStatus()).as(metrics).isEqualTo(200);
        }
    }

    /** Routing decodes the path and drops ;parameters: so must the check, or another spelling walks past it. */
    @Test
    void shouldAskForTheReadTokenHoweverThePathIsSpelt() throws Exception {
        var guard = guard(TOKEN);
        for (var path : new String[] {"/api;x=1/articles", "/%61pi/articles", "/api/articles;", "//api/articles", "/api/./articles",
                "/browser/../api/articles", "/guide/..;/api/articles"}) {
            assertThat(run(guard, "GET", path, null).getStatus()).as(path).isEqualTo(401);
        }
    }

    /** DNS rebinding: a foreign site's name pointed at 127.0.0.1 makes its page "same-origin" with this server. */
    @Test
    void shouldRefuseARequestForAHostNameThatIsNotOurs() throws Exception {
        var guard = guard(null);
        for (var host : new String[] {"localhost", "127.0.0.1", "[::1]", "LOCALHOST"}) {
            assertThat(run(guard, "GET", "/api/entities", null, host).getStatus()).as(host).isEqualTo(200);
        }
        for (var host : new String[] {"attacker.example", "localhost.", "127.0.0.1.nip.io", "localhost.attacker.example"}) {
            var refused = run(guard, "GET", "/api/entities", null, host);
            assertThat(refused.getStatus()).as(host).isEqualTo(421);
            assertThat(refused.getContentAsString()).contains("unknown-host").contains("entente.public-url");
        }
        var named = new WebGuard(properties(null), "0.0.0.0", "https://graph.example.org", "");
        assertThat(run(named, "GET", "/api/entities", null, "graph.example.org").getStatus()).isEqualTo(200);
        var any = new WebGuard(properties(null), "0.0.0.0", "", "*");
        assertThat(run(any, "GET", "/api/entities", null, "whatever.example").getStatus()).isEqualTo(200);
    }

    @Test
    void shouldLeaveReadsOpenWithoutAToken() throws Exception {
        var response = run(guard(null), "GET", "/api/entities", null);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static WebGuard guard(String readToken) {
        return new WebGuard(properties(readToken), "127.0.0.1", "", "");
    }

    private static EntenteProperties properties(String readToken) {
        return (new EntenteProperties(Path.of("data"), 7687, "256m", Path.of("seeds"), true, Duration.ofSeconds(30),
                Duration.ofMinutes(10), 0, 4, new EntenteProperties.Neo4j(null, "neo4j", null, null), null, null, readToken,
                List.of(), List.of(), 5000, null));
    }

    private static MockHttpServletResponse run(WebGuard guard, String method, String path, String authorization) throws Exception {
        return run(guard, method, path, authorization, "localhost");
    }

    private static MockHttpServletResponse run(WebGuard guard, String method, String path, String authorization, String host)
            throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.setServerName(host);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        var response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
