package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.entente.ingest.GraphWriter;
import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 8 writers and 32 readers at once for {@code -Dentente.load.seconds} (60 by default), on loopback against the test
 * server: every read answers 200, every write 201 or a 503 turned away by the import queue, nothing else; every
 * source a writer was told is created exists exactly once. The figures go to {@code target/reliability/load.txt}. The
 * sources are deleted afterwards, and the graph must be as it was.
 */
class LoadIT extends HttpTest {

    @Autowired
    GraphWriter writer;

    @Test
    void shouldKeepAnsweringReadsWhileArticlesAreImported() throws Exception {
        var before = GraphCounts.of(graph);
        var seconds = Long.getLong("entente.load.seconds", 60);
        var runId = Long.toString(System.nanoTime(), 36);
        var base = "http://127.0.0.1:" + port;
        var token = "test-editor-token-not-a-secret";
        try {
            // the language models load with the first import (15-30 s of both cores), and the questions' first answers
            // compile code and plans: both before measuring
            Load.run(base, token, 1, 8, Duration.ofSeconds(10), runId + "w");
            var baseline = Load.run(base, token, 0, 32, Duration.ofSeconds(Math.max(5, seconds / 6)), runId + "r");
            var result = Load.run(base, token, 8, 32, Duration.ofSeconds(seconds), runId);
            var report = "readers alone:       " + baseline.report() + "\nwriters and readers: " + result.report()
                    + "\nresident memory of the test JVM (server, engine, models and this client): " + residentMegabytes() + " MB\n";
            Files.createDirectories(Path.of("target/reliability"));
            Files.writeString(Path.of("target/reliability/load.txt"), report);
            System.out.print("LoadIT:\n" + report);

            assertThat(result.reads().keySet()).as(result.report()).containsOnly(200);
            assertThat(result.writes().keySet()).as(result.report()).isSubsetOf(201, 503).contains(201);
            var stored = graph.read(tx -> tx.run("MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id",
                    Map.of("prefix", "load-" + runId + "-")).list(r -> r.get("id").asString()));
            assertThat(stored).as("each created source once, none that was not reported").containsExactlyInAnyOrderElementsOf(result.createdIds());
        } finally {
            // the shared graph as it was, for the tests after this one (which count the seed's pairs), pass or fail
            var created = graph.read(tx -> tx.run("MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id",
                    Map.of("prefix", "load-" + runId)).list(r -> r.get("id").asString()));
            created.forEach(writer::delete);
        }
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    private static long residentMegabytes() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
