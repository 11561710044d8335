package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.entente.extract.Extractor;
import org.entente.facts.FactsDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job in local mode, on two task threads of this JVM (one Spark session and one copy of the language models for
 * all tests): its Facts are those of the plain extractor for the same files, line for line; a file that is no article
 * lands in the failure report and the job goes on; tables (JSON Lines, Parquet) are read like files.
 */
class ExtractJobTests {

    static final Path ROOT = Path.of(System.getProperty("entente.root", ".."));
    static final List<Path> ARTICLES = List.of(ROOT.resolve("seeds/articles/rferl-2009-04-01-medvedev-obama.txt"),
            ROOT.resolve("seeds/dev/state-2021-07-26-sherman-prc-visit.txt"),
            ROOT.resolve("seeds/dev/state-2022-07-06-ecowas-summit.txt"));
    static final JsonMapper JSON = JsonMapper.builder().build();

    static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("entente-extract-tests").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void shouldGiveTheFactsOfThePlainExtractorAndReportBadFilesWithoutStopping() throws IOException {
        var input = Files.createDirectories(dir.resolve("articles"));
        var sub = Files.createDirectories(input.resolve("dev"));
        var expected = new TreeMap<String, JsonNode>();
        for (var article : ARTICLES) {
            var copy = Files.copy(article, (article.toString().contains("/dev/") ? sub : input).resolve(article.getFileName()));
            expected.put(Extractor.sourceId(copy.toString()), plain(copy.toString(), Files.readAllBytes(copy), Extractor.Options.none()));
        }
        Files.write(input.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
        Files.write(input.resolve("latin1.html"), "<p>Caf\u00e9 au lait</p>".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(sub.resolve("empty.md"), new byte[0]);
        Files.writeString(input.resolve("notes.csv"), "not,an,article\n");
        Files.writeString(input.resolve("README.md"), "# What these articles are\n");
        Files.writeString(input.resolve(".draft.txt"), "Russia and China agreed to talk.\n");

        var summary = ExtractJob.run(spark, settings(input, "files-out", Articles.Format.auto, 3));

        assertThat(summary.extracted()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(3);
        assertThat(factsById(summary)).isEqualTo(expected);
        var failures = lines(summary.failures()).stream().map(ExtractJobTests::json)
                .collect(java.util.stream.Collectors.toMap(f -> f.get("id").asString(), f -> f.get("reason").asString()));
        assertThat(failures).containsOnlyKeys("binary", "latin1", "empty");
        assertThat(failures.get("binary")).contains("binary.txt: the file is binary");
        assertThat(failures.get("latin1")).contains("latin1.html: the file is not UTF-8");
        assertThat(failures.get("empty")).contains("empty.md: the file is empty");
        assertThat(Files.list(Path.of(summary.facts())).map(f -> f.getFileName().toString()).filter(f -> !f.startsWith(".")))
                .isNotEmpty().allMatch(f -> f.matches("part-.*\\.jsonl"));
        assertThat(Files.exists(dir.resolve("files-out/_parts"))).isFalse();
    }

    @Test
    void shouldReadATableOfArticlesAsJsonLinesOrParquet() throws IOException {
        var text = Files.readString(ARTICLES.get(2));
        var row = Map.of("id", "ecowas-summit", "title", "ECOWAS Summit", "publisher", "U.S. Department of State",
                "url", "https://www.state.gov/ecowas", "published", "2022-07-06", "text", text);
        var table = Files.writeString(dir.resolve("articles.jsonl"), JSON.writeValueAsString(row) + "\n"
                + JSON.writeValueAsString(Map.of("id", "no-text", "title", "Nothing")) + "\n");
        var options = new Extractor.Options("ecowas-summit", "ECOWAS Summit", "U.S. Department of State", "https://www.state.gov/ecowas",
                "2022-07-06");
        var expected = plain("ecowas-summit.txt", text.getBytes(StandardCharsets.UTF_8), options);
        ((tools.jackson.databind.node.ObjectNode) expected.get("source")).remove("path");

        var fromJson = ExtractJob.run(spark, settings(table, "json-out", Articles.Format.auto, 2));

        assertThat(factsById(fromJson)).containsOnlyKeys("ecowas-summit").containsEntry("ecowas-summit", expected);
        assertThat(lines(fromJson.failures())).singleElement().satisfies(f -> assertThat(json(f).get("id").asString()).isEqualTo("no-text"));

        var schema = DataTypes.createStructType(List.of(DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("published", DataTypes.DateType, true),
                DataTypes.createStructField("url", DataTypes.StringType, true),
                DataTypes.createStructField("publisher", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true)));
        var parquet = dir.resolve("articles.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create("ecowas-summit", "ECOWAS Summit", java.sql.Date.valueOf("2022-07-06"),
                "https://www.state.gov/ecowas", "U.S. Department of State", text)), schema).write().parquet(parquet);

        var fromParquet = ExtractJob.run(spark, settings(Path.of(parquet), "parquet-out", Articles.Format.auto, 1));

        assertThat(factsById(fromParquet)).isEqualTo(factsById(fromJson));
    }

    @Test
    void shouldRefuseAnOutputFolderThatExists() throws IOException {
        var taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> ExtractJob.run(spark, settings(dir, "taken", Articles.Format.files, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
        assertThat(taken.resolve("keep.txt")).exists();
    }

    @Test
    void shouldTellTheInputFormatByItsName() {
        assertThat(Articles.guess("s3a://news/2024/articles.parquet/")).isEqualTo(Articles.Format.parquet);
        assertThat(Articles.guess("/data/articles.jsonl.gz")).isEqualTo(Articles.Format.json);
        assertThat(Articles.guess("/data/articles")).isEqualTo(Articles.Format.files);
        assertThat(Articles.localName("file:/data/a%20b.txt")).isEqualTo("/data/a b.txt");
        assertThat(Articles.localName("hdfs://nn/data/a.txt")).isEqualTo("hdfs://nn/data/a.txt");
    }

    /** What {@code extract --format jsonl} prints for the article, as a JSON tree. */
    private static JsonNode plain(String name, byte[] bytes, Extractor.Options options) {
        var extraction = ExtractPartition.extractor().extract(name, bytes, options);
        return json(FactsDocument.jsonLine(extraction.facts(), extraction.article().body()));
    }

    private static ExtractJob.Settings settings(Path input, String output, Articles.Format format, int partitions) {
        return new ExtractJob.Settings(input.toString(), dir.resolve(output).toString(), format, partitions, false, false);
    }

    private static Map<String, JsonNode> factsById(ExtractJob.Summary summary) throws IOException {
        var out = new TreeMap<String, JsonNode>();
        for (var line : lines(summary.facts())) {
            var doc = json(line);
            assertThat(out.put(doc.get("source").get("id").asString(), doc)).as("one line per source").isNull();
        }
        return out;
    }

    private static List<String> lines(String folder) throws IOException {
        var out = new ArrayList<String>();
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                out.addAll(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        return out;
    }

    private static JsonNode json(String line) {
        return JSON.readTree(line);
    }
}
