package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.entente.support.HttpTest;
import org.entente.system.Cypher;
import org.entente.system.EntenteProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A path search on a graph where paths explode (a Facts file can make one): width^layers shortest paths between two
 * people. The search must stop at its hop bound or its limit, and in any case answer within the query timeout + 5 s.
 */
class RunawayQueryIT extends HttpTest {

    @Autowired
    EntenteProperties properties;

    @Test
    void shouldStopAtTheHopBoundWhenTheShortestPathIsLonger() throws Exception {
        // 7 hops from end to end, 50^6 paths of that length: asking for at most 5 or 6 hops must not enumerate them
        withLayeredGraph("runawaya", 6, 50, () -> {
            for (var maxHops : new String[] {"5", "6"}) {
                var response = getWithin("/api/connections?from=runawaya-0-1&to=runawaya-7-1&maxHops=" + maxHops);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"paths\":[]");
            }
        });
    }

    @Test
    void shouldStopAtTheLimitWhenThereAreMillionsOfShortestPaths() throws Exception {
        // 6 hops from end to end, 40^5 (about 10^8) paths within the bound: the limit ends the enumeration
        withLayeredGraph("runawayb", 5, 40, () -> {
            var response = getWithin("/api/connections?from=runawayb-0-1&to=runawayb-6-1&maxHops=6&limit=25");
            assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
            if (response.statusCode() == 200) {
                assertThat(response.body()).contains("\"length\":6");
            } else {
                assertThat(response.body()).contains("Question took too long").contains("maxHops");
            }
        });
    }

    private HttpResponse<String> getWithin(String pathAndQuery) throws Exception {
        var bound = properties.queryTimeout().plusSeconds(5);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(bound).build();
        // a request still running past the bound fails with HttpTimeoutException
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void withLayeredGraph(String prefix, int layers, int width, ThrowingRunnable check) throws Exception {
        var parameters = Map.<String, Object>of("prefix", prefix, "layers", layers, "width", width);
        Cypher.statements("fixtures/layered_graph").forEach(s -> graph.write(tx -> tx.run(s, parameters).consume()));
        try {
            check.run();
        } finally {
            Cypher.statements("fixtures/delete_layered_graph").forEach(s -> graph.write(tx -> tx.run(s, Map.of("prefix", prefix)).consume()));
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
