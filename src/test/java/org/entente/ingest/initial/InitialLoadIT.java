package org.entente.ingest.initial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import org.entente.ingest.ImportCommand;
import org.entente.support.CommandRun;
import org.entente.support.StoreDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * {@code import --format gdelt --initial}: the graph Neo4j's batch importer writes is the transactional import's, node
 * for node (StoreDump), a normal import goes on from it, and a load that cannot or may not finish leaves the store as
 * it was. Each store is a folder of its own; the commands run in this JVM as on the command line.
 *
 * <p>The initial load uses Neo4j internal API (InitialStore): this test must pass on every upgrade of Neo4j.
 */
class InitialLoadIT {

    /** GDELT's 15-minute export of 2019-10-24 14:30 (2,111 events), as GdeltImportIT reads it. */
    static final Path SAMPLE = Path.of("src/test/resources/gdelt/20191024143000.export.CSV.zip");

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheGraphTheTransactionalImportWritesAndLetAnImportGoOnFromIt() {
        var initial = dir.resolve("initial");
        var transactional = dir.resolve("transactional");

        var loaded = importInto(initial, "--format", "gdelt", "--initial", SAMPLE.toString());
        assertThat(loaded.code()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("imported  " + SAMPLE, "2,111 events: 2,111 new, 0 already in the graph; 0 rows rejected",
                "1 event file imported (2,111 new events)", "initial load: 2,111 events in");
        assertThat(importInto(transactional, "--format", "gdelt", SAMPLE.toString()).code()).isZero();

        var dump = StoreDump.of(initial, true);
        assertThat(dump).contains("label Claim 2111", "label Article 426");
        assertThat(dump).isEqualTo(StoreDump.of(transactional, true));

        var again = importInto(initial, "--format", "gdelt", SAMPLE.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("2,111 events: 0 new, 2,111 already in the graph");
        assertThat(StoreDump.of(initial, true)).isEqualTo(dump);
    }

    @Test
    void shouldRefuseAStoreThatHasADatabaseAndLeaveItUntouched() throws IOException {
        var store = dir.resolve("store");
        new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, false).build().shutdown();
        var before = tree(store);

        var refused = importInto(store, "--format", "gdelt", "--initial", SAMPLE.toString());

        assertThat(refused.code()).as("a usage error, as the normal import's").isEqualTo(2);
        assertThat(refused.err()).contains(store.toString(), "has a database already", "without --initial");
        assertThat(tree(store)).isEqualTo(before);
    }

    @Test
    void shouldReportABadRowWithItsFileAndLineAndLoadTheRest() throws IOException {
        var lines = sampleLines().subList(0, 5);
        var bad = "not-a-number" + lines.get(2).substring(lines.get(2).indexOf('\t'));
        var file = Files.writeString(dir.resolve("bad-row.export.CSV"),
                String.join("\n", lines.get(0), lines.get(1), bad, lines.get(3), lines.get(4)) + "\n");
        var store = dir.resolve("store");

        var loaded = importInto(store, "--initial", file.toString());

        assertThat(loaded.code()).as("as the transactional import: a rejected row is reported, the file imported").isZero();
        assertThat(loaded.out()).contains("4 events: 4 new, 0 already in the graph; 1 rows rejected", "rejected " + file + ":3: ");
        assertThat(StoreDump.of(store, false)).contains("label Claim 4");
    }

    @Test
    void shouldLeaveTheStoreAsItWasWhenAFileFailsMidWay() throws IOException {
        var broken = truncatedGzip(dir.resolve("20191024150000.export.CSV"));
        var store = Files.createDirectories(dir.resolve("store"));

        var failed = importInto(store, "--format", "gdelt", "--initial", SAMPLE.toString(), broken.toString());

        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains(broken.toString(), "Nothing was written to " + store);
        assertThat(tree(store)).isEmpty();
    }

    @Test
    void shouldDeleteTheDatabaseItWroteWhenTheStartOnItFails() throws IOException {
        var store = Files.createDirectories(dir.resolve("store"));

        var failed = importInto(store, "--initial", SAMPLE.toString(), "--entente.page-cache=lots");

        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("Could not start the embedded Neo4j", "Deleted what the load had written (data,",
                store + " is as it was");
        assertThat(tree(store)).isEmpty();
    }

    @Test
    void shouldRefuseOtherFormatsAndFilesNamingTheOption() throws IOException {
        var facts = Files.writeString(dir.resolve("facts.yaml"), "source: {id: x}\n");
        var store = dir.resolve("store");

        var format = importInto(store, "--format", "facts", "--initial", facts.toString());
        var file = importInto(store, "--initial", facts.toString());
        var notGdelt = importInto(store, "--format", "gdelt", "--initial", facts.toString());

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--initial loads GDELT event files only", "--format facts");
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).contains(facts + " is no GDELT event file", "--initial");
        assertThat(notGdelt.code()).isEqualTo(2);
        assertThat(notGdelt.err()).contains(facts.toString(), "--initial");
        assertThat(store).doesNotExist();
    }

    private static CommandRun importInto(Path store, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.add("--entente.data-dir=" + store);
        return CommandRun.of(new ImportCommand(), all);
    }

    /** Every file and folder under {@code root} with its size and time of change. */
    private static Map<String, String> tree(Path root) throws IOException {
        var all = new TreeMap<String, String>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (var p : paths.filter(p -> !p.equals(root)).toList()) {
                all.put(root.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p));
            }
        }
        return all;
    }

    /** The sample's rows gzipped and cut in the middle: the first rows read, then the file ends where it must not. */
    private static Path truncatedGzip(Path to) throws IOException {
        var zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write((String.join("\n", sampleLines()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        var bytes = zipped.toByteArray();
        return Files.write(to, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    private static List<String> sampleLines() throws IOException {
        try (var zip = new ZipInputStream(Files.newInputStream(SAMPLE))) {
            zip.getNextEntry();
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
