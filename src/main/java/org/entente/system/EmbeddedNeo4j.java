package org.entente.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j whose only door is Bolt on the loopback interface. The application never touches the
 * embedded API beyond start and stop: every query goes through the driver, exactly as with an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache) {
        return start(home, boltPort, pageCache, "");
    }

    /**
     * {@code browserCommands}: what Neo4j Browser runs once it has connected (it reads them with
     * {@code CALL dbms.clientConfig()}), such as applying Entente's style and opening its guide.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache, String browserCommands) {
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    .setConfig(ServerSettings.browser_post_connect_cmd, browserCommands)
                    // the guide and the style come from this application, on the machine the Browser runs on
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
                    // nothing leaves the machine: no product analytics from the Browser
                    .setConfig(ServerSettings.allow_telemetry, false)
                    // the driver has closed its connections by the time we stop; waiting Netty's default quiet
                    // period on each event loop group made every stop take ten seconds
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded Neo4j in " + home.toAbsolutePath()
                    + " with Bolt on 127.0.0.1:" + boltPort + " (is another Entente using that folder or port?): "
                    + rootMessage(e), e);
        }
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        var uri = URI.create("bolt://127.0.0.1:" + port);
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt {}",
                (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), uri);
        return new EmbeddedNeo4j(dbms, uri);
    }

    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
