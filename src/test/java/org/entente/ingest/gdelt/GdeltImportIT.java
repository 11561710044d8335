package org.entente.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.ingest.GraphWriter;
import org.entente.ingest.ImportReport;
import org.entente.ingest.ImportRun;
import org.entente.ingest.Importer;
import org.entente.ingest.RemovalRefusedException;
import org.entente.ingest.SanctionKinds;
import org.entente.ingest.TallyLinks;
import org.entente.ingest.bulk.BulkEvent;
import org.entente.ingest.bulk.BulkWriter;
import org.entente.support.GraphCounts;
import org.entente.system.Graph;
import org.entente.system.SchemaInitializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * GDELT event files into the graph, on a store of its own (the seed, then GDELT's sample export of 2,111 events), so
 * that no other test sees these events. The context and its engine are closed after this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GdeltImportIT {

    /** GDELT's 15-minute export of 2019-10-24 14:30, zipped as GDELT publishes it. */
    static final Path SAMPLE = Path.of("src/test/resources/gdelt/20191024143000.export.CSV.zip");

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) throws IOException {
        var root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "gdelt-");
        registry.add("entente.data-dir", () -> root.resolve("data").toString());
        registry.add("entente.bolt-port", () -> "0");
    }

    @Autowired
    Importer importer;

    @Autowired
    GraphWriter graphWriter;

    @Autowired
    BulkWriter bulkWriter;

    @Autowired
    Graph graph;

    @Autowired
    SchemaInitializer schema;

    @TempDir
    Path dir;

    @Test
    @Order(1)
    void shouldWriteEveryEventOnceAndTheSecondImportChangesNothing(@TempDir Path copyDir) throws IOException {
        // a copy, so that the crash test below can import the sample under its own name
        var sample = Files.copy(SAMPLE, copyDir.resolve("20191024143000.export.CSV.zip"));
        var first = importer.importPaths(List.of(sample), null, false);
        assertThat(first.failed()).isEmpty();
        assertThat(first.events()).singleElement().satisfies(e -> {
            assertThat(e.rows()).isEqualTo(2111);
            assertThat(e.created()).isEqualTo(2111);
            assertThat(e.rejected()).isEmpty();
        });
        assertThat(count("MATCH (c:Claim {dataset: 'gdelt'}) RETURN count(c) AS n")).isEqualTo(2111);
        assertThat(count("MATCH (a:Article) WHERE a.id STARTS WITH 'gdelt-' RETURN count(a) AS n")).isEqualTo(425);
        assertThat(GraphCounts.claimsNotLabelledByKind(graph)).as("every event labelled by its kind").isEmpty();
        assertThat(count("MATCH (c:Conflict {dataset: 'gdelt'}) RETURN count(c) AS n")).isPositive();
        assertTalliesCountEveryPairOfEveryClaim();

        var before = GraphCounts.of(graph);
        var second = importer.importPaths(List.of(sample), "gdelt", false);
        assertThat(second.events()).singleElement().satisfies(e -> {
            assertThat(e.created()).isZero();
            assertThat(e.existing()).isEqualTo(2111);
        });
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
        assertThat(second.format()).contains("2,111 events: 0 new, 2,111 already in the graph");
    }

    @Test
    @Order(2)
    void shouldCodeAnEventAsAClaimBetweenItsActorsWithGdeltsMeasures() {
        // 881992818: USA → RUS, 180 (use unconventional violence), Goldstein -9, quad class 4
        var claim = graph.read(tx -> tx.run("""
                MATCH (c:Claim {id: 'claim:gdelt:881992818'})-[:STATED_IN]->(a:Article)
                RETURN c {.*} AS c, a.url AS url,
                       [(e)-[p:PARTY]->(c) | e.id + ' ' + p.role + ' ' + p.side] AS parties""").single());
        var c = claim.get("c").asMap();
        assertThat(c).containsEntry("kind", "CONFLICT").containsEntry("cameo", "180").containsEntry("goldstein", -9.0)
                .containsEntry("quad", 4L).containsEntry("date", "2019-10-24").containsEntry("dataset", "gdelt");
        assertThat(claim.get("url").asString()).startsWith("http");
        assertThat(claim.get("parties").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("country:usa actor country:usa", "country:rus target country:rus");
        // the seed's United States is the same entity, still named by the seed and now by the data set too
        List<String> sources = graph.read(tx -> tx.run("MATCH (e:Entity {id: 'country:usa'}) RETURN e.sources AS s").single()
                .get("s").asList(v -> v.asString()));
        assertThat(sources).contains("rferl-2009-04-01-medvedev-obama", "gdelt");
        // the data set names a state by the gazetteer's names too, so that a question finds it by them
        List<String> aliases = graph.read(tx -> tx.run("""
                MATCH (:Entity {id: 'country:rus'})-[m:MENTIONED_IN]->(:Article {id: 'gdelt'}) RETURN m.aliases AS a""")
                .single().get("a").asList(v -> v.asString()));
        assertThat(aliases).isNotEmpty();
        assertThat(count("""
                MATCH (t:Tally {a: 'country:rus', b: 'country:usa', month: '2019-10'}) RETURN t.conflict AS n""")).isPositive();
    }

    @Test
    @Order(3)
    void shouldReportABadRowAndWriteTheRest() throws IOException {
        var lines = sampleLines();
        var good = lines.get(0).replaceFirst("^\\d+", "990000001");
        // the same event as a copy that lost its leading zeros: 057 → 57, root 05 → 5
        var lostZeros = lines.get(2).replaceFirst("^\\d+", "990000002").replace("\t057\t057\t05\t", "\t57\t57\t5\t");
        var bad = "not-a-number" + lines.get(1).substring(lines.get(1).indexOf('\t'));
        var file = dir.resolve("bad-row.export.CSV");
        Files.writeString(file, String.join("\n", good, bad, lostZeros, good) + "\n");

        var report = importer.importPaths(List.of(file), null, false);

        assertThat(report.failed()).isEmpty();
        assertThat(report.events()).singleElement().satisfies(e -> {
            assertThat(e.rows()).isEqualTo(3);
            assertThat(e.created()).as("the duplicate event id is written once").isEqualTo(2);
            assertThat(e.rejected()).singleElement().satisfies(r -> assertThat(r).contains("bad-row.export.CSV").contains("2"));
        });
        String code = graph.read(tx -> tx.run("MATCH (c:Claim {id: 'claim:gdelt:990000002'}) RETURN c.cameo AS code")
                .single().get("code").asString());
        assertThat(code).isEqualTo("057");
    }

    @Test
    @Order(4)
    void shouldGoOnAfterACrashWithoutDuplicates(@TempDir Path copyDir) throws IOException {
        var file = Files.writeString(copyDir.resolve("crash.export.CSV"), String.join("\n", sampleLines()) + "\n");
        var failing = new BulkWriter(graph, org.entente.ingest.ImportMetrics.NONE) {
            int batches;

            @Override
            public Written write(Dataset dataset, List<BulkEvent> batch, Checkpoint checkpoint) {
                if (++batches == 3) {
                    throw new IllegalStateException("simulated crash");
                }
                return super.write(dataset, rename(batch), checkpoint);
            }
        };
        var run = new ImportRun(graphWriter, false);
        new GdeltImport(failing, 500).importFile(file, run);
        assertThat(run.report().failed()).singleElement().satisfies(f ->
                assertThat(f.errors().get(0)).contains("stopped after 1000 new events").contains("run the import again"));
        assertThat(count("MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:gdelt:crash-' RETURN count(c) AS n")).isEqualTo(1000);

        var rerun = new ImportRun(graphWriter, false);
        new GdeltImport(new BulkWriter(graph, org.entente.ingest.ImportMetrics.NONE) {
            @Override
            public Written write(Dataset dataset, List<BulkEvent> batch, Checkpoint checkpoint) {
                return super.write(dataset, rename(batch), checkpoint);
            }
        }, 500).importFile(file, rerun);
        assertThat(rerun.report().events()).singleElement().satisfies(e -> {
            assertThat(e.resumed()).isTrue();
            assertThat(e.rows()).isEqualTo(1111);
            assertThat(e.created()).isEqualTo(1111);
        });
        assertThat(count("MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:gdelt:crash-' RETURN count(c) AS n")).isEqualTo(2111);
        assertThat(count("MATCH (p:ImportCheckpoint) RETURN count(p) AS n")).as("a finished import leaves no checkpoint").isZero();
        assertTalliesCountEveryPairOfEveryClaim();
    }

    /**
     * An article a GDELT event was coded from is removed like any source (it is no curated one): its events go, the
     * tallies and stance edges of their actors are as they were before it came. The data set that names those actors
     * cannot go while its articles remain.
     */
    @Test
    @Order(5)
    void shouldRemoveAnArticleOfTheDataSetAndLeaveTheGraphAsItWas() throws IOException {
        var before = snapshot();
        var url = "https://example.org/test-gdelt-removal";
        var lines = sampleLines().subList(0, 60);
        var renamed = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            renamed.add("99100" + String.format("%04d", i) + line.substring(line.indexOf('\t'), line.lastIndexOf('\t') + 1) + url);
        }
        var file = Files.writeString(dir.resolve("removal.export.CSV"), String.join("\n", renamed) + "\n");
        var report = importer.importPaths(List.of(file), null, false);
        assertThat(report.failed()).isEmpty();
        long created = report.events().get(0).created();
        assertThat(created).isEqualTo(60);
        var id = graph.read(tx -> tx.run("MATCH (a:Article {url: $url}) RETURN a.id AS id", Map.of("url", url)).single()
                .get("id").asString());
        assertThat(snapshot()).isNotEqualTo(before);

        assertThatThrownBy(() -> graphWriter.remove("gdelt", true)).isInstanceOfSatisfying(RemovalRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(RemovalRefusedException.Reason.NEEDED));
        var removed = graphWriter.remove(id, false);

        assertThat(removed).hasValueSatisfying(r -> {
            assertThat(r.curated()).isFalse();
            assertThat(r.claims()).isEqualTo(created);
            assertThat(r.relationships()).isZero();
            assertThat(r.entities()).isZero();
        });
        assertThat(snapshot()).isEqualTo(before);
        assertTalliesCountEveryPairOfEveryClaim();
    }

    /**
     * An import before 2026-12-03 filed the sample's sanctions (CAMEO root 16) as CONFLICTs and counted them so in their
     * tallies; at the next start-up they are filed as today's import files them (DISAGREEMENT, STATEMENT with one
     * party), label and tallies too, once.
     */
    @Test
    @Order(6)
    void shouldFileSanctionsImportedAsConflictsAsTodaysImportDoesOnce() {
        var before = snapshot();
        var sanctions = "MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:gdelt:' AND c.cameo STARTS WITH '16' ";
        assertThat(count(sanctions + "RETURN count(c) AS n")).isPositive();
        assertThat(count(sanctions + "AND c:Conflict RETURN count(c) AS n")).isZero();
        // the store as the old import left it: those claims CONFLICTs, the tallies counted so, neither upgrade recorded
        graph.write(tx -> tx.run(sanctions + """
                REMOVE c:Disagreement:Statement SET c.kind = 'CONFLICT', c:Conflict
                WITH count(c) AS n
                MATCH (u:Upgrade) WHERE u.name IN ['tally-links', 'gdelt-root16-kinds'] DELETE u""").consume());
        var links = new TallyLinks(graph, schema);
        links.ensureDone();
        assertThat(snapshot()).isNotEqualTo(before);

        new SanctionKinds(graph, links).ensureDone();

        assertThat(snapshot()).isEqualTo(before);
        assertTalliesCountEveryPairOfEveryClaim();
        // once: a store that has had it is not read again
        graph.write(tx -> tx.run(sanctions + "WITH c LIMIT 1 REMOVE c:Disagreement:Statement SET c:Conflict, c.marked = true").consume());
        new SanctionKinds(graph, links).ensureDone();
        assertThat(count("MATCH (c:Claim:Conflict {marked: true}) RETURN count(c) AS n")).isOne();
        graph.write(tx -> tx.run("""
                MATCH (c:Claim {marked: true})
                REMOVE c:Conflict, c.marked
                SET c:$(CASE c.kind WHEN 'DISAGREEMENT' THEN 'Disagreement' ELSE 'Statement' END)""").consume());
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Counts by label and type, every tally (its Goldstein sum to six places: sums of decimals taken back need not come
     * back to the last bit), every stance edge's count and dates (a bulk import appends to the list of claims a rebuild
     * sorts).
     */
    private Map<String, Object> snapshot() {
        var all = new java.util.TreeMap<String, Object>(GraphCounts.of(graph));
        graph.read(tx -> {
            tx.run("MATCH (t:Tally) RETURN t.key AS key, t {.*, goldstein: round(t.goldstein, 6)} AS p")
                    .forEachRemaining(r -> all.put("tally " + r.get("key").asString(), r.get("p").asMap()));
            tx.run("""
                    MATCH (a:Entity)-[r:AGREES_WITH|DISAGREES_WITH]->(b:Entity)
                    RETURN a.id + '|' + type(r) + '|' + b.id AS key, [r.count, r.first, r.last] AS p""")
                    .forEachRemaining(r -> all.put("stance " + r.get("key").asString(), r.get("p").asList()));
            return null;
        });
        return all;
    }

    /** The crash test's events under ids of their own, so that they do not meet the first test's. */
    private static List<BulkEvent> rename(List<BulkEvent> batch) {
        var out = new ArrayList<BulkEvent>(batch.size());
        batch.forEach(e -> out.add(new BulkEvent(e.id().replace("claim:gdelt:", "claim:gdelt:crash-"), e.properties(), e.parties(), e.article())));
        return out;
    }

    /** Every pair of parties of every claim that is not denied is counted once in the tallies, no more. */
    private void assertTalliesCountEveryPairOfEveryClaim() {
        long pairs = count("""
                MATCH (x:Entity)-[:PARTY]->(c:Claim)<-[:PARTY]-(y:Entity)
                WHERE x.id < y.id AND (c.modality IS NULL OR c.modality <> 'DENIED')
                RETURN count(DISTINCT [x.id, y.id, c.id]) AS n""");
        assertThat(count("MATCH (t:Tally) RETURN sum(t.count) AS n")).isEqualTo(pairs).isPositive();
    }

    private long count(String cypher) {
        return graph.read(tx -> tx.run(cypher, Map.of()).single().get("n").asLong());
    }

    private static List<String> sampleLines() throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(SAMPLE))) {
            zip.getNextEntry();
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
