package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.entente.EntenteApplication;
import org.entente.support.Api;
import org.entente.support.HttpTest;
import org.entente.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * entente.bolt-advertised-address, as docker-compose.yml uses it: a second Entente, pointed at this one's engine as at a
 * server (NEO4J_URI), sends Neo4j Browser to the address it advertises, not to the one it connects to.
 */
class BoltAdvertisedAddressIT extends HttpTest {

    @Autowired
    EmbeddedNeo4j engine;

    @Test
    void shouldSendNeo4jBrowserToTheAdvertisedBoltAddress() {
        try (var other = EntenteApplication.start(List.of("--entente.neo4j.uri=" + engine.boltUri(),
                "--entente.neo4j.password=" + engine.credential().password(), "--server.port=0",
                "--entente.bolt-advertised-address=127.0.0.1:7688"), true, Map.of())) {
            var otherApi = new Api(((WebServerApplicationContext) other).getWebServer().getPort());
            var open = otherApi.getRaw("/browser/");
            assertThat(open.status()).isEqualTo(302);
            assertThat(URLDecoder.decode(open.header("Location"), StandardCharsets.UTF_8))
                    .isEqualTo("/browser/index.html?dbms=bolt://127.0.0.1:7688")
                    .doesNotContain(engine.boltUri().toString());
            // the setting moves the Browser only: the API reads the same graph
            assertThat(otherApi.get("/api/entities", "q", "Obama").ok().get(0).get("id").asString()).isEqualTo("person:barack-obama");
        }
    }
}
