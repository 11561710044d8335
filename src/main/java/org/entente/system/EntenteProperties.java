package org.entente.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Entente's own settings ({@code entente.*}); the driver's pool and timeouts stay under Boot's {@code spring.neo4j.*}.
 *
 * @param dataDir      where the embedded engine keeps its store
 * @param boltPort     Bolt port of the embedded engine on 127.0.0.1 (0 picks a free one, for tests)
 * @param pageCache    page cache of the embedded engine, in Neo4j's size syntax
 * @param seedsDir     folder imported at start-up when the graph holds no source
 * @param importSeeds  whether to import {@code seedsDir} into an empty graph at start-up
 * @param queryTimeout upper bound for one read transaction of the API
 * @param importTimeout upper bound for writing one source (a large Facts file takes longer than any question)
 * @param importWorkers articles imported through the API at once (0: half the cores, at least one); more wait in the queue
 * @param importQueue  imports that may wait for a worker; beyond them POST /api/articles answers 503 with Retry-After
 * @param neo4j        an external server; when its {@code uri} is blank the engine runs embedded
 * @param editorToken  the bearer token that POST /api/articles requires; none in the repository, and while it is
 *                     blank nobody can import through the API
 * @param boltPassword the embedded engine's password; blank: generated into {@code dataDir/bolt-password}
 * @param readToken    when set, every read of the API needs it as a bearer token (for a server exposed beyond loopback)
 * @param browserOrigins origins besides Entente's own loopback addresses whose pages may open Bolt over WebSocket
 *                     (the address Entente is reached by when it is exposed, such as {@code https://graph.example.org})
 * @param actors       actor dictionaries of the user's (PETRARCH {@code .actors}/{@code .agents}, or the gazetteer's YAML)
 *                     that the extraction of articles adds to the gazetteer
 * @param importBatchSize events per transaction of a bulk import (GDELT): larger batches write faster and hold more
 *                     memory; a crash loses at most the batch being written
 * @param boltAdvertisedAddress the Bolt address Neo4j Browser (at {@code /browser/}) is sent to, when the one Entente
 *                     connects to is not one the user's browser can reach (under docker-compose.yml, {@code neo4j:7687}
 *                     is a name only containers resolve): {@code host:port} or a whole {@code bolt://}/{@code neo4j://}
 *                     URI; blank: the address Entente connects to
 */
@ConfigurationProperties("entente")
public record EntenteProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache,
        @DefaultValue("./seeds") Path seedsDir,
        @DefaultValue("true") boolean importSeeds,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("10m") Duration importTimeout,
        @DefaultValue("0") int importWorkers,
        @DefaultValue("4") int importQueue,
        @DefaultValue Neo4j neo4j,
        String editorToken,
        String boltPassword,
        String readToken,
        @DefaultValue List<String> browserOrigins,
        @DefaultValue List<Path> actors,
        @DefaultValue("5000") int importBatchSize,
        String boltAdvertisedAddress) {

    private static final Set<String> BOLT_SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    public EntenteProperties {
        if (boltAdvertisedAddress != null && !boltAdvertisedAddress.isBlank()) {
            advertised(boltAdvertisedAddress, "bolt"); // a mistake stops the start, naming the setting
        }
    }

    /**
     * The Bolt address to give a user's browser: {@code entente.bolt-advertised-address} when set (a bare
     * {@code host:port} takes the scheme of {@code actual}), else {@code actual}, the address Entente connects to.
     */
    public URI browserBolt(URI actual) {
        return boltAdvertisedAddress == null || boltAdvertisedAddress.isBlank() ? actual
                : advertised(boltAdvertisedAddress, actual.getScheme());
    }

    private static URI advertised(String address, String scheme) {
        var text = address.strip();
        try {
            var uri = new URI(text.contains("://") ? text : scheme + "://" + text);
            if (uri.getScheme() != null && BOLT_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    && uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                    && uri.getQuery() == null && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // named below
        }
        throw new IllegalArgumentException("entente.bolt-advertised-address: '" + text + "' is not a Bolt address; give host:port "
                + "(127.0.0.1:7688) or a URI with one of the schemes " + new java.util.TreeSet<>(BOLT_SCHEMES) + " (bolt://127.0.0.1:7688)");
    }

    public boolean readTokenRequired() {
        return readToken != null && !readToken.isBlank();
    }

    /**
     * Workers for imports through the API: as configured, else half the cores (at least one). Extraction keeps a core
     * fully busy; the other half stays free for questions, so reads keep their latency while articles are imported.
     */
    public int importWorkerCount() {
        return importWorkers > 0 ? importWorkers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public boolean editingEnabled() {
        return editorToken != null && !editorToken.isBlank();
    }

    /** Without the editor token: settings get logged, secrets must not. */
    @Override
    public String toString() {
        return "EntenteProperties[dataDir=" + dataDir + ", boltPort=" + boltPort + ", pageCache=" + pageCache + ", seedsDir=" + seedsDir
                + ", importSeeds=" + importSeeds + ", queryTimeout=" + queryTimeout + ", importTimeout=" + importTimeout
                + ", importWorkers=" + importWorkers + ", importQueue=" + importQueue + ", neo4j=" + neo4j + ", editorToken="
                + (editingEnabled() ? "(set)" : "(not set)") + ", boltPassword=" + (boltPassword == null || boltPassword.isBlank() ? "(not set)" : "(set)")
                + ", readToken=" + (readTokenRequired() ? "(set)" : "(not set)") + ", browserOrigins=" + browserOrigins + ", actors=" + actors + ", importBatchSize=" + importBatchSize
                + ", boltAdvertisedAddress=" + boltAdvertisedAddress + "]";
    }

    /** Connection to an external server, bound from {@code NEO4J_URI}, {@code NEO4J_USERNAME}, … in application.properties. */
    public record Neo4j(String uri, @DefaultValue("neo4j") String username, String password, String database) {

        public boolean external() {
            return uri != null && !uri.isBlank();
        }

        @Override
        public String toString() {
            return "Neo4j[uri=" + uri + ", username=" + username + ", password=" + (password == null ? "(not set)" : "(set)")
                    + ", database=" + database + "]";
        }
    }
}
