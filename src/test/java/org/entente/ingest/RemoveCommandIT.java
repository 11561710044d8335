package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.EntenteApplication;
import org.entente.support.GraphCounts;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.entente.support.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code remove} command on a store of its own: what it prints, its exit codes, --force for a curated source. */
class RemoveCommandIT {

    @TempDir
    Path store;

    @Test
    void shouldRemoveSourcesNameWhatWentAndRefuseUnknownOrCuratedOnes(@TempDir Path dir) {
        var seeded = counts(true);
        var facts = InvalidFactsCases.valid().replace("  id: test-article", "  id: test-remove-command\n  path: removable.txt");
        var file = InvalidFactsCases.write(dir, "removable.yaml", facts.getBytes(StandardCharsets.UTF_8));
        assertThat(run(new ImportCommand(), file.toString()).code()).isZero();
        assertThat(counts(false)).isNotEqualTo(seeded);

        var removed = run(new RemoveCommand(), "test-remove-command", "test-no-such-source", SeedImportIT.SOURCE);

        assertThat(removed.code()).isEqualTo(1);
        assertThat(removed.out()).contains("removed   test-remove-command (Alice Example meets Bob Sample): 2 claims, "
                + "2 relationships, 2 entities no other source names (1 named elsewhere kept)", "1 source removed, 2 not removed");
        assertThat(removed.err()).contains("no source 'test-no-such-source'",
                "source '" + SeedImportIT.SOURCE + "' is curated", "--force");
        assertThat(counts(false)).isEqualTo(seeded);

        var forced = run(new RemoveCommand(), "--force", SeedImportIT.SOURCE);
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("removed   " + SeedImportIT.SOURCE, "1 source removed, 0 not removed");
        assertThat(counts(false)).doesNotContainKeys(":Article", ":Claim", ":Entity", ":Tally", "-AGREES_WITH");
    }

    private Map<String, Long> counts(boolean seeds) {
        try (var context = EntenteApplication.start(List.of("--entente.data-dir=" + store, "--entente.bolt-port=0"), false,
                Map.of("entente.import-seeds", Boolean.toString(seeds)))) {
            return GraphCounts.of(context.getBean(Graph.class));
        }
    }

    private CommandRun run(Object command, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--entente.data-dir=" + store, "--entente.bolt-port=0"));
        return CommandRun.of(command, all);
    }

}
