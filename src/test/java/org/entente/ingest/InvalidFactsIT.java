package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.support.GraphCounts;
import org.entente.support.GraphTest;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

@GraphTest
class InvalidFactsIT {

    @Autowired
    Importer importer;

    @Autowired
    Graph graph;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.entente.support.InvalidFactsCases#cases")
    void shouldRejectTheFileAndLeaveTheGraphUnchanged(String name, byte[] content, String message, String path, int line,
                                                      @TempDir Path dir) {
        var before = GraphCounts.of(graph);
        var file = InvalidFactsCases.write(dir, "broken.yaml", content);

        var report = importer.importPaths(List.of(file));

        assertThat(report.ok()).isFalse();
        assertThat(report.imported()).isEmpty();
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.errors()).anyMatch(e -> e.startsWith(file.toString()) && e.contains(message));
        });
        assertThat(report.format()).contains("FAILED", message);
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }
}
