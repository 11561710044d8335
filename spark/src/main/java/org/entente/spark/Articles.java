package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The job's input as articles, in {@code partitions} parts of about the same number each: a folder of article files
 * ({@code .txt}, {@code .html}, {@code .md}, in sub-folders too; hidden files, README and licence files left out, as
 * {@code import} leaves them out of a folder), or a table of {@code {id, title, publisher, url, published, text}} as
 * JSON Lines or Parquet ({@code id} and {@code text} required, the others may be missing or null; {@code published} a
 * date or {@code yyyy-MM-dd} text).
 */
final class Articles {

    /** What the job reads: {@code auto} chooses by the input's name ({@code .parquet}, {@code .json}/{@code .jsonl}, else files). */
    enum Format { auto, files, json, parquet }

    static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".md", ".markdown");

    private Articles() {
    }

    static Dataset<Article> read(SparkSession spark, String input, Format format, int partitions) throws IOException {
        return switch (format == Format.auto ? guess(input) : format) {
            case files -> files(spark, input, partitions);
            case json -> table(spark.read().json(input), input).repartition(partitions);
            case parquet -> table(spark.read().parquet(input), input).repartition(partitions);
            case auto -> throw new IllegalStateException("format not chosen");
        };
    }

    static Format guess(String input) {
        var name = input.toLowerCase(Locale.ROOT).replaceFirst("/+$", "").replaceFirst("\\.gz$", "");
        if (name.endsWith(".parquet")) {
            return Format.parquet;
        }
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") ? Format.json : Format.files;
    }

    /**
     * The article files under the folder, listed here, read by the executors: an empty or unreadable file is an article
     * that fails (and is reported) like any other, and a file too large to be an article is refused without being read.
     * Dealt out in turn, so that each part holds files from all over the folder, not a run of similar ones.
     */
    private static Dataset<Article> files(SparkSession spark, String folder, int partitions) throws IOException {
        var root = new Path(folder);
        var fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        var found = new ArrayList<Article>();
        var listing = fs.listFiles(root, true);
        while (listing.hasNext()) {
            var file = listing.next();
            if (isArticle(root, file.getPath())) {
                var uri = file.getPath().toUri().toString();
                found.add(Article.file(localName(uri), uri, file.getLen()));
            }
        }
        found.sort(Comparator.comparing(Article::getName));
        var dealt = new ArrayList<Article>(found.size());
        for (int part = 0; part < partitions; part++) {
            for (int i = part; i < found.size(); i += partitions) {
                dealt.add(found.get(i));
            }
        }
        var rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(dealt, partitions);
        return spark.createDataset(rdd.rdd(), Encoders.bean(Article.class));
    }

    /** An article file: by its extension, and neither hidden (in a hidden folder) nor a README or licence. */
    static boolean isArticle(Path root, Path file) {
        var name = file.getName().toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(name::endsWith) || name.matches("(readme|licen[cs]e).*")) {
            return false;
        }
        for (var p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    private static Dataset<Article> table(Dataset<Row> rows, String input) {
        var columns = Arrays.asList(rows.columns());
        if (!columns.contains("id") || !columns.contains("text")) {
            throw new IllegalArgumentException(input + ": a table of articles needs the columns id and text (it has "
                    + String.join(", ", columns) + ")");
        }
        var selected = new Column[] {col("id").cast("string"), optional(columns, "title"), optional(columns, "publisher"),
                optional(columns, "url"), optional(columns, "published"), col("text").cast("string")};
        return rows.select(selected).map((MapFunction<Row, Article>) r -> Article.row(r.getString(0), r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), ExtractPartition.utf8(r.getString(5))), Encoders.bean(Article.class));
    }

    private static Column optional(List<String> columns, String name) {
        return columns.contains(name) ? col(name).cast("string") : lit(null).cast("string");
    }

    /** A local file as a path ({@code /data/a.txt}), as the extractor is given one on the command line; other URIs as they are. */
    static String localName(String uri) {
        return uri.startsWith("file:") ? Paths.get(URI.create(uri)).toString() : uri;
    }
}
