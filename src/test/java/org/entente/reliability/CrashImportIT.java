package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.entente.EntenteApplication;
import org.entente.system.BoltCredential;
import org.entente.system.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import} killed with SIGKILL while it writes a large source, then run again: the store opens, holds the source
 * whole or not at all, and after the second run holds it exactly once.
 */
class CrashImportIT {

    /** Large enough that writing it takes several seconds (about 20 s here), so the kill lands inside the write. */
    private static final int PEOPLE = 4_000;
    private static final String SOURCE = "crash-test-source";

    @TempDir
    Path dir;

    @Test
    void shouldLeaveTheSourceWholeOrAbsentAfterAKillAndWholeOnceAfterARerun() throws Exception {
        var facts = dir.resolve("large.json");
        Files.writeString(facts, JsonMapper.builder().build().writeValueAsString(largeFacts()));
        var store = dir.resolve("store");

        var killed = start(store, facts);
        assertThat(killed.started.await(120, TimeUnit.SECONDS)).as("the import started its engine").isTrue();
        Thread.sleep(6000); // reading and checking the file, then inside the one write transaction
        killed.process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
        killed.process.waitFor(30, TimeUnit.SECONDS);

        var afterKill = count(store);
        System.out.println("CrashImportIT: after SIGKILL the store holds " + afterKill);
        assertThat(afterKill).as("whole or absent after the kill, never partial: " + afterKill)
                .isIn(Map.of("articles", 0L, "people", 0L, "met", 0L), Map.of("articles", 1L, "people", (long) PEOPLE, "met", (long) PEOPLE - 1));

        var rerun = start(store, facts);
        assertThat(rerun.process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.process.exitValue()).as(String.join("\n", rerun.output)).isZero();
        assertThat(count(store)).isEqualTo(Map.of("articles", 1L, "people", (long) PEOPLE, "met", (long) PEOPLE - 1));
    }

    private static Map<String, Object> largeFacts() {
        var entities = new ArrayList<Map<String, Object>>();
        var relationships = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < PEOPLE; i++) {
            entities.add(Map.of("id", "person:crash-" + i, "kind", "Person", "name", "Crash Person " + i));
            if (i > 0) {
                relationships.add(Map.of("type", "MET", "from", "person:crash-" + (i - 1), "to", "person:crash-" + i,
                        "date", "2009-04-01", "quote", "met"));
            }
        }
        return Map.of("source", Map.of("id", SOURCE, "title", "A large source", "publisher", "Test Wire", "published", "2009-04-01"),
                "entities", entities, "relationships", relationships, "claims", List.of());
    }

    private record Child(Process process, CountDownLatch started, List<String> output) {
    }

    /** {@code import} in a JVM of its own, on the given store; {@code started} opens once its engine is up. */
    private static Child start(Path store, Path facts) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), EntenteApplication.class.getName(),
                "import", facts.toString(), "--entente.data-dir=" + store, "--logging.level.org.entente.system.EmbeddedNeo4j=INFO")
                .redirectErrorStream(true).start();
        var started = new CountDownLatch(1);
        var output = Collections.synchronizedList(new ArrayList<String>());
        var reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    if (line.contains("Embedded Neo4j started")) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                output.add("(output ended: " + e.getMessage() + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new Child(process, started, output);
    }

    private static Map<String, Long> count(Path store) {
        var credential = BoltCredential.resolve(store, null);
        try (var engine = EmbeddedNeo4j.start(store, 0, "64m", credential);
             var driver = GraphDatabase.driver(engine.boltUri(), AuthTokens.basic(credential.username(), credential.password()));
             var session = driver.session()) {
            var r = session.run("""
                    OPTIONAL MATCH (a:Article {id: $source}) WITH count(a) AS articles
                    OPTIONAL MATCH (p:Person) WHERE p.id STARTS WITH 'person:crash-' WITH articles, count(p) AS people
                    OPTIONAL MATCH (:Person)-[m:MET]->(:Person) RETURN articles, people, count(m) AS met""",
                    Map.of("source", SOURCE)).single();
            return Map.of("articles", r.get("articles").asLong(), "people", r.get("people").asLong(), "met", r.get("met").asLong());
        }
    }
}
