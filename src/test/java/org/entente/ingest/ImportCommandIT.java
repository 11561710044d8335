package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.EntenteApplication;
import org.entente.support.GraphCounts;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.entente.support.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code import} command and the store across restarts: each run below is a separate application on the same
 * store folder, as when a person runs the command twice or stops and starts the server.
 */
class ImportCommandIT {

    @TempDir
    Path store;

    @Test
    void shouldImportTheSeedAndKeepItAcrossRestartsWithoutChangingCounts() {
        var first = run(SeedImportIT.SEED.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("imported", SeedImportIT.SOURCE, "1 source imported", "0 files failed");

        var afterFirst = counts();
        assertThat(afterFirst).containsKeys(":Person", ":Country", ":Organization", ":Treaty", ":Claim", ":Article",
                "-LEADS", "-MET", "-PARTY", "-STATED_IN", "-AGREES_WITH", "-DISAGREES_WITH");
        assertThat(afterFirst.get(":Article")).isEqualTo(1);

        var second = run(SeedImportIT.SEED.getParent().toString());
        assertThat(second.code()).isZero();
        assertThat(counts()).isEqualTo(afterFirst);
    }

    @Test
    void shouldExitWithOneAndNameTheProblemWhenAFileIsInvalid(@TempDir Path dir) {
        var bad = InvalidFactsCases.write(dir, "bad.yaml",
                InvalidFactsCases.valid().replace("kind: Country", "kind: Nation").getBytes(StandardCharsets.UTF_8));
        var result = run(bad.toString(), InvalidFactsCases.FIXTURES.resolve("valid.yaml").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("FAILED", bad + ":16: entities[2].kind: unknown kind 'Nation'",
                "1 source imported", "1 file failed");
        assertThat(counts()).containsEntry(":Article", 1L);
    }

    @Test
    void shouldRefuseAnActorDictionaryWithAMistakeNamingItsFileAndLine(@TempDir Path dir) throws Exception {
        var dictionary = java.nio.file.Files.writeString(dir.resolve("middle-earth.actors"), "GONDOR [GON]\nARNOR [ARN\n");

        var result = run("--actors", dictionary.toString(), InvalidFactsCases.FIXTURES.resolve("valid.yaml").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(dictionary + ":2: a '[' without ']'");
    }

    @Test
    void shouldRefuseToRunWithoutPaths() {
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void shouldSeedAnEmptyGraphOnceAtStartUp() {
        Map<String, Long> first;
        try (var context = EntenteApplication.start(List.of(storeArgs()), false, Map.of("entente.import-seeds", "true"))) {
            first = GraphCounts.of(context.getBean(Graph.class));
        }
        assertThat(first.get(":Article")).isEqualTo(1);
        try (var context = EntenteApplication.start(List.of(storeArgs()), false, Map.of("entente.import-seeds", "true"))) {
            assertThat(GraphCounts.of(context.getBean(Graph.class))).isEqualTo(first);
        }
    }

    private Map<String, Long> counts() {
        try (var context = EntenteApplication.start(List.of(storeArgs()), false, Map.of("entente.import-seeds", "false"))) {
            return GraphCounts.of(context.getBean(Graph.class));
        }
    }

    private String[] storeArgs() {
        return new String[] {"--entente.data-dir=" + store, "--entente.bolt-port=0"};
    }

    private CommandRun run(String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(storeArgs()));
        return CommandRun.of(new ImportCommand(), all);
    }

}
