package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** entente.bolt-advertised-address: the Bolt address Neo4j Browser is sent to, in the forms it takes and refuses. */
class BoltAdvertisedAddressTests {

    private static final URI SERVER = URI.create("bolt://neo4j:7687");

    @Test
    void shouldSendTheBrowserWhereEntenteConnectsWhenUnset() {
        assertThat(properties(null).browserBolt(SERVER)).isEqualTo(SERVER);
        assertThat(properties("  ").browserBolt(SERVER)).isEqualTo(SERVER);
    }

    @Test
    void shouldTakeHostAndPortWithTheSchemeOfTheConnection() {
        assertThat(properties("127.0.0.1:7688").browserBolt(SERVER)).isEqualTo(URI.create("bolt://127.0.0.1:7688"));
        assertThat(properties("graph.example.org:443").browserBolt(URI.create("neo4j+s://cluster.internal:7687")))
                .isEqualTo(URI.create("neo4j+s://graph.example.org:443"));
    }

    @Test
    void shouldTakeAWholeBoltUri() {
        assertThat(properties(" bolt+s://graph.example.org:7687 ").browserBolt(SERVER)).isEqualTo(URI.create("bolt+s://graph.example.org:7687"));
        assertThat(properties("neo4j://127.0.0.1:7688/").browserBolt(SERVER)).isEqualTo(URI.create("neo4j://127.0.0.1:7688/"));
    }

    @Test
    void shouldRefuseWhatIsNotABoltAddressAtStartUp() {
        for (var bad : new String[] {"http://127.0.0.1:7688", "bolt://", "bolt://127.0.0.1:7688/browser", "bolt://user:pw@127.0.0.1:7688",
                "127.0.0.1:port", "bolt://127.0.0.1:7688?x=1", "a b:7688"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> properties(bad))
                    .withMessageContaining("entente.bolt-advertised-address").withMessageContaining("host:port");
        }
    }

    private static EntenteProperties properties(String advertised) {
        return new EntenteProperties(Path.of("data"), 7687, "256m", Path.of("seeds"), true, Duration.ofSeconds(30),
                Duration.ofMinutes(10), 0, 4, new EntenteProperties.Neo4j(null, "neo4j", null, null), null, null, null,
                List.of(), List.of(), 5000, advertised);
    }
}
