package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.entente.support.GraphCounts;
import org.entente.support.GraphTest;
import org.entente.system.Graph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Articles that cannot be read are refused with a message naming the file and the problem; the graph stays as it was. */
@GraphTest
class BadArticlesIT {

    @Autowired
    Importer importer;

    @Autowired
    Graph graph;

    static Stream<Arguments> badArticles() {
        var script = "<html><body><script>" + "var x = 1;".repeat(10) + "</script></body></html>";
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "the file is empty"),
                Arguments.of("blank.md", "   \n\n  ".getBytes(StandardCharsets.UTF_8), "the file is empty"),
                Arguments.of("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "binary"),
                Arguments.of("latin1.txt", "Moscou et Washington, d\u00e9c\u00e9s".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8"),
                Arguments.of("huge.txt", new byte[6 * 1024 * 1024], "at most 5 MB"),
                Arguments.of("scripts-only.html", script.getBytes(StandardCharsets.UTF_8), null));
    }

    @org.junit.jupiter.api.Test
    void shouldNotLetAnArticleFileReplaceTheCuratedSourceOfTheSameName(@TempDir Path dir) throws Exception {
        var before = GraphCounts.of(graph);
        var file = Files.writeString(dir.resolve("rferl-2009-04-01-medvedev-obama.txt"), "Russia and Georgia agreed to talks.");

        var report = importer.importPaths(List.of(file));

        assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.errors())
                .anyMatch(e -> e.contains("already stored from Facts written by hand")));
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArticles")
    void shouldRefuseTheArticleOrImportNothingAndLeaveTheGraphUnchanged(String name, byte[] content, String message,
                                                                       @TempDir Path dir) throws Exception {
        var before = GraphCounts.of(graph);
        var file = Files.write(dir.resolve(name), content);

        var report = importer.importPaths(List.of(file));

        if (message == null) {
            // a page with no text gives a source with nothing in it, written under its own id and removed again below
            assertThat(report.ok()).isTrue();
            assertThat(report.imported()).singleElement().satisfies(i -> {
                assertThat(i.entities()).isZero();
                assertThat(i.claims()).isZero();
            });
            graph.write(tx -> tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", java.util.Map.of("id", "scripts-only")).consume());
        } else {
            assertThat(report.ok()).isFalse();
            assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.errors())
                    .anyMatch(e -> e.contains(file.toString()) && e.contains(message)));
        }
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }
}
