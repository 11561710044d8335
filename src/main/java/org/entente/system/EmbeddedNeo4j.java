package org.entente.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;

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
import org.neo4j.storageengine.api.TransactionIdStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j whose only door is Bolt on the loopback interface, with a password, and closed to web pages of
 * other origins ({@link BoltOriginGate}). Cypher cannot read files ({@code LOAD CSV FROM 'file:///...'}) nor fetch
 * from the network, unless a folder is given for {@code LOAD CSV} (setting {@code entente.csv-import-dir}, blank by
 * default; for benchmarks: bench/scale): then file URLs are read from that folder only, still never from the network.
 * The application never touches the embedded API beyond start, setting the password and stop: every query goes
 * through the driver, exactly as with an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    /** The folder LOAD CSV would be confined to if file URLs were allowed: empty, and left so. */
    private static final String NO_IMPORT = "no-import";
    /** The fingerprint of the password last set on the store's user, so the offline start that sets it runs only when needed. */
    private static final String APPLIED = "bolt-password-applied";

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final BoltCredential credential;
    private final BoltOriginGate gate;
    private final TransactionIdStore transactions;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, BoltCredential credential, BoltOriginGate gate,
                          TransactionIdStore transactions) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.credential = credential;
        this.gate = gate;
        this.transactions = transactions;
    }

    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache, BoltCredential credential) {
        return start(home, boltPort, pageCache, credential, "");
    }

    /**
     * {@code browserCommands}: what Neo4j Browser runs once it has connected (it reads them with
     * {@code CALL dbms.clientConfig()}), such as applying Entente's style and opening its guide.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache, BoltCredential credential, String browserCommands) {
        return start(home, boltPort, pageCache, credential, browserCommands, null);
    }

    /**
     * {@code csvImportDir}: the one folder {@code LOAD CSV FROM 'file:///name'} may read ({@code file:///name} is
     * {@code csvImportDir/name}); {@code null}: Cypher reads no files at all (the default).
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache, BoltCredential credential, String browserCommands,
            Path csvImportDir) {
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home.resolve(NO_IMPORT));
            ownerOnly(home);
            // Bolt opens only once the store's user has this password: a new store's user (neo4j/neo4j), or one made
            // while authentication was off, would otherwise be a door open to whoever connects first
            if (!passwordApplied(home, credential)) {
                var offline = builder(home, pageCache, csvImportDir).setConfig(BoltConnector.enabled, false).build();
                try {
                    setPassword(offline, credential);
                } finally {
                    offline.shutdown();
                }
                Files.writeString(home.resolve(APPLIED), credential.fingerprint() + "\n", StandardCharsets.UTF_8);
            }
            dbms = builder(home, pageCache, csvImportDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(ServerSettings.browser_post_connect_cmd, browserCommands)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded Neo4j in " + home.toAbsolutePath()
                    + " with Bolt on 127.0.0.1:" + boltPort + " (is another Entente using that folder or port?): "
                    + rootMessage(e), e);
        }
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            var uri = URI.create("bolt://127.0.0.1:" + port);
            var gate = BoltOriginGate.install(db.getDependencyResolver());
            // the user has this password already (set offline above); set again in case it was changed over Bolt
            setPassword(dbms, credential);
            warnAboutOtherUsers(dbms, credential);
            log.info("Embedded Neo4j started in {} ms, store {}, Bolt {} (user {}, password from {})",
                    (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), uri, credential.username(), credential.from());
            if (csvImportDir != null) {
                log.warn("LOAD CSV may read the files in {} (entente.csv-import-dir): whoever can run Cypher can read them",
                        csvImportDir.toAbsolutePath());
            }
            return new EmbeddedNeo4j(dbms, uri, credential, gate,
                    db.getDependencyResolver().resolveDependency(TransactionIdStore.class));
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** The settings of both starts: the offline one that sets the password, and the one with Bolt. */
    private static DatabaseManagementServiceBuilder builder(Path home, String pageCache, Path csvImportDir) {
        return new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // no LOAD CSV from the machine's files, and were it ever switched on, only from an empty folder;
                // unless a folder is given for it (entente.csv-import-dir, off by default): then from that folder only
                .setConfig(GraphDatabaseSettings.allow_file_urls, csvImportDir != null)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root,
                        (csvImportDir != null ? csvImportDir : home.resolve(NO_IMPORT)).toAbsolutePath())
                // nor from the network: Cypher that fetches URLs could reach what only this machine may reach
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                // a query still running at shutdown is given this long, then ended
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // the guide and the style come from this application, on the machine the Browser runs on
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
                // nothing leaves the machine: no product analytics from the Browser, no usage report from the engine
                // (Neo4j's data collector posts the machine's processors, memory and store sizes to Neo4j by default)
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // the driver has closed its connections by the time we stop; waiting Netty's default quiet
                // period on each event loop group made every stop take ten seconds
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
    }

    private static boolean passwordApplied(Path home, BoltCredential credential) throws IOException {
        var marker = home.resolve(APPLIED);
        return Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(credential.fingerprint());
    }

    /** The store holds the graph in files anyone could copy: its folder is its owner's alone. */
    private static void ownerOnly(Path home) throws IOException {
        if (home.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            var ownerOnly = PosixFilePermissions.fromString("rwx------");
            if (!Files.getPosixFilePermissions(home).equals(ownerOnly)) {
                Files.setPosixFilePermissions(home, ownerOnly);
                log.info("Made {} readable by its owner only", home.toAbsolutePath());
            }
        }
    }

    /**
     * The store's user gets the credential's password, so a password given anew (or a file replaced) takes effect.
     * The embedded API is the only way in before a password is set: it needs no login.
     */
    private static void setPassword(DatabaseManagementService dbms, BoltCredential credential) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + credential.username() + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", credential.password()));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the password a user already has: then there is nothing to do
            if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) {
                throw new IllegalStateException("Could not set the Bolt password of the embedded Neo4j: " + rootMessage(e), e);
            }
        }
    }

    /** Users Entente did not make were made by someone over Bolt, perhaps while a store had no password. */
    private static void warnAboutOtherUsers(DatabaseManagementService dbms, BoltCredential credential) {
        var others = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "SHOW USERS YIELD user RETURN collect(user) AS users", Map.of(),
                r -> ((List<?>) r.next().get("users")).stream().map(String::valueOf).filter(u -> !u.equals(credential.username())).toList());
        if (!others.isEmpty()) {
            log.warn("The embedded Neo4j has users Entente did not create: {}. Drop them unless you made them "
                    + "(DROP USER name, over Bolt as {})", others, credential.username());
        }
    }

    /**
     * The id of the last transaction committed to the graph, by anyone (Entente's writers, Cypher in the Browser, a
     * client over Bolt): it changes whenever the graph does, so what was read at one id is still true at the same id.
     */
    public long lastCommittedTransaction() {
        return transactions.getLastCommittedTransactionId();
    }

    public URI boltUri() {
        return boltUri;
    }

    public BoltCredential credential() {
        return credential;
    }

    /** Pages of these origins (Entente's own, once its HTTP port is known) may open Bolt over WebSocket. */
    public void allowBrowserOrigins(List<String> origins) {
        gate.allow(origins);
        log.info("Bolt over WebSocket open to pages of {}", origins);
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
