package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.entente.support.HttpTest;
import org.entente.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded engine's Bolt port, tried as someone else on the machine and as a foreign web page would: no session
 * without the password, no WebSocket handshake from another origin, no file or network access from Cypher.
 */
class BoltLockIT extends HttpTest {

    @Autowired
    EmbeddedNeo4j engine;

    @Autowired
    Driver driver;

    @Test
    void shouldRefuseASessionWithoutThePassword() {
        try (var anonymous = GraphDatabase.driver(engine.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (var guessing = GraphDatabase.driver(engine.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (var entente = GraphDatabase.driver(engine.boltUri(),
                AuthTokens.basic(engine.credential().username(), engine.credential().password()))) {
            entente.verifyConnectivity();
        }
    }

    /**
     * A new store's user is neo4j/neo4j until Entente sets its password; Bolt must not be open in that moment, or
     * whoever logs in first (and changes the password) keeps the graph. Someone keeps trying while a new store starts.
     */
    @Test
    void shouldNeverOpenBoltBeforeThePasswordIsSet(@TempDir Path store) throws Exception {
        int boltPort;
        try (var probe = new java.net.ServerSocket(0)) {
            boltPort = probe.getLocalPort();
        }
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        var admitted = new java.util.concurrent.atomic.AtomicInteger();
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        var intruder = new Thread(() -> {
            while (!stop.get()) {
                attempts.incrementAndGet();
                try (var d = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", "neo4j"),
                        org.neo4j.driver.Config.builder().withConnectionTimeout(1, java.util.concurrent.TimeUnit.SECONDS).build())) {
                    d.verifyConnectivity();
                    admitted.incrementAndGet();
                } catch (RuntimeException refusedOrNotListening) {
                    // what must happen
                }
            }
        });
        intruder.start();
        try (var fresh = EmbeddedNeo4j.start(store, boltPort, "16m", org.entente.system.BoltCredential.resolve(store, null))) {
            Thread.sleep(500);
        } finally {
            stop.set(true);
            intruder.join();
        }
        assertThat(admitted.get()).as("logins as neo4j/neo4j in " + attempts.get() + " attempts").isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(store)))
                .as("the store's folder").isEqualTo("rwx------");
    }

    /** The engine's usage data collector would post the machine's processors, memory and store sizes to Neo4j. */
    @Test
    void shouldSendNoUsageDataToNeo4j(@TempDir Path store) throws IOException {
        try (var fresh = EmbeddedNeo4j.start(store, 0, "16m", org.entente.system.BoltCredential.resolve(store, null))) {
            assertThat(fresh.boltUri()).isNotNull();
        }
        var log = java.nio.file.Files.readString(store.resolve("logs/debug.log"));
        assertThat(log).contains("Bolt server started").doesNotContain("Anonymous Usage Data is being sent");
    }

    @Test
    void shouldRefuseAWebSocketHandshakeFromAnotherOrigin() throws IOException {
        assertThat(handshake("http://evil.example")).startsWith("HTTP/1.1 403");
        assertThat(handshake("null")).as("a sandboxed frame or a file:// page").startsWith("HTTP/1.1 403");
        assertThat(handshake("http://localhost:" + port + ".evil.example")).startsWith("HTTP/1.1 403");
        assertThat(handshake("http://localhost:" + port)).startsWith("HTTP/1.1 101");
        assertThat(handshake("http://127.0.0.1:" + port)).startsWith("HTTP/1.1 101");
        assertThat(handshake(null)).as("not a browser: the password still decides").startsWith("HTTP/1.1 101");
    }

    @Test
    void shouldNotReadFilesOrUrlsFromCypher() {
        try (var session = driver.session()) {
            assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS line RETURN count(line)",
                    Map.of("url", "file:///etc/passwd")).consume())
                    .isInstanceOf(ClientException.class).hasMessageContaining("allow_csv_import_from_file_urls");
            assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS line RETURN count(line)",
                    Map.of("url", "http://127.0.0.1:" + port + "/api/articles")).consume())
                    .isInstanceOf(ClientException.class).hasMessageContaining("blocked");
        }
    }

    /** The first line of the engine's answer to a Bolt-over-WebSocket handshake sent with this Origin (none for null). */
    private String handshake(String origin) throws IOException {
        try (var socket = new Socket(engine.boltUri().getHost(), engine.boltUri().getPort())) {
            socket.setSoTimeout(5000);
            var request = "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + engine.boltUri().getPort() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return firstLine(socket.getInputStream());
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
