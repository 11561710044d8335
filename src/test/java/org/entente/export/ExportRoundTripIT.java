package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.entente.EntenteApplication;
import org.entente.explore.query.RelationsRepository;
import org.entente.explore.query.TrendRepository;
import org.entente.explore.resolve.EntityResolver;
import org.entente.ingest.Importer;
import org.entente.support.GraphCounts;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: an export round-trips. The seed graph (the curated article and the dev set) in a store of its own is
 * exported to JSON, the file imported into a second, empty store, and the API's answers (relations between the US and
 * Russia, their trend) and the counts of nodes by label and relationships by type are the same in both. Importing the
 * file again changes nothing; a truncated export is refused naming the file, with nothing written. A subgraph (one hop
 * of Russia) round-trips as well.
 */
class ExportRoundTripIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String[]> PAIRS = List.of(new String[] {"country:usa", "country:rus"},
            new String[] {"person:barack-obama", "person:dmitry-medvedev"}, new String[] {"country:usa", "country:chn"});

    @Test
    void shouldAnswerTheSameAfterAnExportIsImportedIntoAnEmptyStore(@TempDir Path original, @TempDir Path copy,
                                                                      @TempDir Path out) throws Exception {
        var file = out.resolve("entente-export.json");
        Map<String, Long> counts;
        List<String> answers;
        try (var context = open(original)) {
            var report = context.getBean(Importer.class).importPaths(List.of(Path.of("seeds/curated"), Path.of("seeds/dev")));
            assertThat(report.failed()).isEmpty();
            var exporter = context.getBean(Exporter.class);
            try (var stream = Files.newOutputStream(file)) {
                exporter.export(exporter.select(null, null, null, null, Long.MAX_VALUE), ExportFormat.of("json"), stream);
            }
            counts = GraphCounts.of(context.getBean(Graph.class));
            answers = answers(context);
        }
        assertThat(counts.get(":Claim")).isPositive();
        assertThat(answers.get(0)).contains("claim:");

        try (var context = open(copy)) {
            var importer = context.getBean(Importer.class);
            var report = importer.importPaths(List.of(file));
            assertThat(report.failed()).isEmpty();
            assertThat(report.imported()).hasSizeGreaterThan(1);
            var graph = context.getBean(Graph.class);
            assertThat(GraphCounts.of(graph)).isEqualTo(counts);
            assertThat(answers(context)).isEqualTo(answers);

            // again, by its explicit format: nothing changes (the ledger files a claim under the first entity it is
            // about, in the claim's own order, ABOUT.rank, however the store walks the links of a source written again)
            report = importer.importPaths(List.of(file), "export-json", false);
            assertThat(report.failed()).isEmpty();
            assertThat(GraphCounts.of(graph)).isEqualTo(counts);
            assertThat(answers(context)).isEqualTo(answers);

            // a truncated export: refused, naming the file, and the store as it was
            var bytes = Files.readAllBytes(file);
            var truncated = out.resolve("truncated-export.json");
            Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
            report = importer.importPaths(List.of(truncated));
            assertThat(report.imported()).isEmpty();
            assertThat(report.failed()).hasSize(1);
            assertThat(report.failed().get(0).errors()).singleElement().asString()
                    .contains(truncated.toString(), "not a complete entente export", "nothing was imported");
            assertThat(GraphCounts.of(graph)).isEqualTo(counts);
            assertThat(answers(context).subList(0, 4)).isEqualTo(answers.subList(0, 4));
        }
    }

    /**
     * A subgraph round-trips too: the claims within one hop of Russia, exported and imported into an empty store, answer
     * the questions about Russia as the whole graph does (every claim that names Russia names only entities one hop
     * from it, so none is left out), and the copy holds exactly what the export said it wrote, no entity or claim more.
     */
    @Test
    void shouldAnswerTheSameAfterASubgraphIsImportedIntoAnEmptyStore(@TempDir Path original, @TempDir Path copy,
                                                                     @TempDir Path out) throws Exception {
        var file = out.resolve("russia-export.json");
        var pairs = PAIRS.subList(0, 1);
        Exporter.Counts written;
        List<String> answers;
        long claimsInOriginal;
        try (var context = open(original)) {
            var report = context.getBean(Importer.class).importPaths(List.of(Path.of("seeds/curated"), Path.of("seeds/dev")));
            assertThat(report.failed()).isEmpty();
            var exporter = context.getBean(Exporter.class);
            try (var stream = Files.newOutputStream(file)) {
                written = exporter.export(exporter.select("country:rus", 1, null, null, Long.MAX_VALUE), ExportFormat.of("json"), stream);
            }
            answers = answers(context, pairs);
            claimsInOriginal = GraphCounts.of(context.getBean(Graph.class)).get(":Claim");
        }
        assertThat(written.claims()).isPositive().isLessThan(claimsInOriginal);

        try (var context = open(copy)) {
            var report = context.getBean(Importer.class).importPaths(List.of(file));
            assertThat(report.failed()).isEmpty();
            var exporter = context.getBean(Exporter.class);
            var everything = exporter.count(exporter.select(null, null, null, null, Long.MAX_VALUE));
            assertThat(everything).isEqualTo(written);
            assertThat(answers(context, pairs)).isEqualTo(answers);
        }
    }

    private static ConfigurableApplicationContext open(Path store) {
        return EntenteApplication.command(List.of("--entente.data-dir=" + store), Map.of());
    }

    /** The relations and the yearly trend of some pairs, as the API writes them. */
    private static List<String> answers(ConfigurableApplicationContext context) {
        return answers(context, PAIRS);
    }

    private static List<String> answers(ConfigurableApplicationContext context, List<String[]> pairs) {
        var resolver = context.getBean(EntityResolver.class);
        var relations = context.getBean(RelationsRepository.class);
        var trends = context.getBean(TrendRepository.class);
        return pairs.stream().flatMap(pair -> {
            var a = resolver.resolve(pair[0]);
            var b = resolver.resolve(pair[1]);
            return List.of(canonical(relations.between(a, b, 500)), canonical(trends.between(a, b, TrendRepository.By.year, null, null)))
                    .stream();
        }).toList();
    }

    /** An answer as JSON, every list in its order: parties (PARTY.rank) and topics (ABOUT.rank) come as the Facts gave them. */
    private static String canonical(Object answer) {
        return JSON.writeValueAsString(answer);
    }
}
