package org.entente.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.EntenteApplication;
import org.entente.extract.ExtractCommand;
import org.entente.ingest.ImportCommand;
import org.entente.ingest.Importer;
import org.entente.support.Api;
import org.entente.support.CommandRun;
import org.entente.support.GraphCounts;
import org.entente.system.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facts JSON Lines, as {@code extract --format jsonl} (and the Spark job) write them, into the graph: the same graph
 * and the same answers as the articles imported one by one; a bad line is reported with its file and line and the
 * rest goes in; an interrupted import goes on after its checkpoint. Each test runs applications on stores of its own.
 */
class FactsLinesIT {

    static final List<Path> ARTICLES = List.of(Path.of("seeds/articles/rferl-2009-04-01-medvedev-obama.txt"),
            Path.of("seeds/dev/state-2021-07-26-sherman-prc-visit.txt"), Path.of("seeds/dev/state-2022-07-06-ecowas-summit.txt"));

    /** Questions whose answers must not depend on how the facts came in. */
    static final List<List<String>> QUESTIONS = List.of(
            List.of("/api/articles"),
            List.of("/api/articles/rferl-2009-04-01-medvedev-obama"),
            List.of("/api/articles/state-2021-07-26-sherman-prc-visit"),
            List.of("/api/articles/state-2022-07-06-ecowas-summit"),
            List.of("/api/entities", "q", "Russia"),
            List.of("/api/entities/Russia"),
            List.of("/api/entities/China"),
            List.of("/api/entities/Obama"),
            List.of("/api/relations", "a", "United States", "b", "Russia"),
            List.of("/api/relations", "a", "United States", "b", "China"),
            List.of("/api/stances", "about", "Georgia"),
            List.of("/api/timeline", "entity", "Obama"),
            List.of("/api/connections", "from", "Volk", "to", "Obama"),
            List.of("/api/ask", "q", "Where do the US and Russia disagree?"));

    static Path root;
    static Path jsonl;
    static List<String> lines;

    @BeforeAll
    static void extract() throws IOException {
        root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "facts-lines-");
        var args = new ArrayList<>(List.of("--format", "jsonl"));
        ARTICLES.forEach(a -> args.add(a.toString()));

        var run = CommandRun.of(new ExtractCommand(), args);

        assertThat(run.code()).as(run.err()).isZero();
        lines = run.out().lines().toList();
        assertThat(lines).hasSize(ARTICLES.size()).allSatisfy(line -> assertThat(line).startsWith("{\"source\":{\"id\":")
                .contains("\"body\":"));
        assertThat(run.err()).contains("3 articles extracted, 0 failed");
        jsonl = Files.writeString(Files.createDirectories(root.resolve("jsonl")).resolve("facts.jsonl"), run.out(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldAnswerAsAfterImportingTheArticlesOneByOne() {
        Map<String, JsonNode> fromLines;
        try (var app = start("lines")) {
            var importer = app.getBean(Importer.class);
            var report = importer.importPaths(List.of(jsonl), "facts-jsonl", false);
            assertThat(report.ok()).as(report.format()).isTrue();
            assertThat(report.sourceLines()).singleElement().satisfies(l -> {
                assertThat(l.sources()).isEqualTo(3);
                assertThat(l.rejected()).isEmpty();
                assertThat(l.resumed()).isFalse();
            });
            fromLines = answers(app, "lines");
            var counts = GraphCounts.of(app.getBean(Graph.class));

            var again = importer.importPaths(List.of(jsonl.getParent()), "facts-jsonl", false);

            assertThat(again.ok()).as(again.format()).isTrue();
            assertThat(GraphCounts.of(app.getBean(Graph.class))).isEqualTo(counts);
            // the same answers, in the same order: the claims were written anew, and their parties keep their rank
            assertSameAnswers(answers(app, "lines-again"), fromLines);
        }
        Map<String, JsonNode> fromArticles;
        try (var app = start("articles")) {
            for (var article : ARTICLES) {
                var report = app.getBean(Importer.class).importPaths(List.of(article));
                assertThat(report.imported()).as(report.format()).hasSize(1);
            }
            fromArticles = answers(app, "articles");
        }
        assertThat(fromLines.get("/api/relations a=United States b=Russia").get("agreements")).isNotEmpty();
        assertSameAnswers(fromLines, fromArticles);
    }

    private static void assertSameAnswers(Map<String, JsonNode> actual, Map<String, JsonNode> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((question, answer) -> assertThat(actual.get(question)).as(question).isEqualTo(answer));
    }

    @Test
    void shouldReportABadLineWithItsFileAndLineAndImportTheRest() throws IOException {
        var bad = root.resolve("bad.jsonl");
        try (var out = Files.newOutputStream(bad)) {
            out.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"source\": {\"id\": \"broken\"\n".getBytes(StandardCharsets.UTF_8));
            out.write((lines.get(1).replaceFirst("\"kind\":\"Country\"", "\"kind\":\"Nation\"") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
            out.write("\n".getBytes(StandardCharsets.UTF_8));
            out.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write((lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        var store = root.resolve("store-bad");

        var run = CommandRun.of(new ImportCommand(), List.of("--format", "facts-jsonl", bad.toString(),
                "--entente.data-dir=" + store, "--entente.bolt-port=0"));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("2 sources: ", "4 lines rejected",
                "rejected " + bad + ":2: not valid JSON",
                "rejected " + bad + ":3: entities[",
                "unknown kind 'Nation'",
                "rejected " + bad + ":4: the line is not UTF-8 text",
                "rejected " + bad + ":6: source.id: 'rferl-2009-04-01-medvedev-obama' is also the source id of " + bad + ":1",
                "2 sources imported");
        try (var app = EntenteApplication.command(List.of("--entente.data-dir=" + store), Map.of())) {
            assertThat(GraphCounts.of(app.getBean(Graph.class))).containsEntry(":Article", 2L);
        }
    }

    @Test
    void shouldGoOnAfterTheLastSourceOfAnInterruptedImport() throws IOException {
        var file = Files.writeString(root.resolve("interrupted.jsonl"), String.join("\n", lines) + "\n");
        var key = file.toAbsolutePath().normalize().toString();
        var fingerprint = Files.size(file) + "/" + Files.getLastModifiedTime(file).toMillis();
        try (var app = start("interrupted")) {
            // as a crash after the transaction of the first line leaves it: that line's checkpoint, and not its source
            app.getBean(Graph.class).write(tx -> {
                BulkWriter.save(tx, new BulkWriter.Checkpoint(key, fingerprint, null, 1));
                return null;
            });

            var report = app.getBean(Importer.class).importPaths(List.of(file));

            assertThat(report.sourceLines()).singleElement().satisfies(l -> {
                assertThat(l.resumed()).isTrue();
                assertThat(l.sources()).isEqualTo(2);
            });
            assertThat(report.format()).contains("went on after an interrupted import");
            assertThat(GraphCounts.of(app.getBean(Graph.class))).containsEntry(":Article", 2L).doesNotContainKey(":ImportCheckpoint");

            var whole = app.getBean(Importer.class).importPaths(List.of(file));

            assertThat(whole.sourceLines().get(0).resumed()).isFalse();
            assertThat(GraphCounts.of(app.getBean(Graph.class))).containsEntry(":Article", 3L);
        }
    }

    /** An application with the API on a store of its own, empty: no seeds. */
    private static ConfigurableApplicationContext start(String store) {
        return EntenteApplication.start(List.of("--entente.data-dir=" + root.resolve("store-" + store), "--entente.bolt-port=0",
                "--server.port=0"), true, Map.of("entente.import-seeds", "false"));
    }

    /**
     * Every question's answer, without the time each source was imported (the one thing that may differ); also written
     * to {@code answers-<name>.json} beside the stores, to compare by eye when they differ.
     */
    private static Map<String, JsonNode> answers(ConfigurableApplicationContext app, String name) {
        var api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        var answers = new LinkedHashMap<String, JsonNode>();
        for (var q : QUESTIONS) {
            var params = q.subList(1, q.size()).toArray(String[]::new);
            var answer = api.get(q.get(0), params).ok();
            withoutImportTimes(answer);
            var key = new StringBuilder(q.get(0));
            for (int i = 0; i + 1 < params.length; i += 2) {
                key.append(' ').append(params[i]).append('=').append(params[i + 1]);
            }
            answers.put(key.toString(), answer);
        }
        try {
            Files.writeString(root.resolve("answers-" + name + ".json"), JsonMapper.builder()
                    .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(answers));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return answers;
    }

    private static void withoutImportTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("importedAt");
        }
        node.forEach(FactsLinesIT::withoutImportTimes);
    }
}
