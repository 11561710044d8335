package org.entente.spark;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Articles in, Facts JSON Lines out, on Spark: the extractor fanned out over the executors, one CoreNLP pipeline per
 * executor JVM ({@link ExtractPartition}). Without spark-submit it runs in this JVM on {@code local[*]}; given to
 * spark-submit, the same jar runs on whatever master that names.
 */
@Command(name = "entente-spark", mixinStandardHelpOptions = true, version = "Entente on Spark 0.1.0",
        description = "Extract Facts from a folder of articles (.txt, .html, .md) or a table of them (JSON Lines or Parquet: "
                + "id, title, publisher, url, published, text) into OUTPUT/facts (Facts JSON Lines, one source a line: "
                + "entente import --format facts-jsonl OUTPUT/facts) and OUTPUT/failures (id, path, reason).")
public final class ExtractJob implements Callable<Integer> {

    /** What one run takes. */
    public record Settings(String input, String output, Articles.Format format, int partitions, boolean overwrite, boolean compress) {
    }

    /**
     * What one run did; {@code readySeconds}: in local mode, how long the extractor took to get ready (gazetteer,
     * dictionaries, language models) at the start of the run, while its tasks waited; else -1.
     */
    public record Summary(long extracted, long failed, double seconds, int partitions, String facts, String failures,
                          double readySeconds) {

        double perSecond() {
            return seconds == 0 ? 0 : (extracted + failed) / seconds;
        }
    }

    @Parameters(index = "0", paramLabel = "INPUT", description = "a folder of articles, or a table of them (.jsonl, .parquet)")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "the folder to write (it must not exist, unless --overwrite)")
    String output;

    @Option(names = "--input-format", defaultValue = "auto", description = "files, json or parquet (default: ${DEFAULT-VALUE}: "
            + ".parquet and .json/.jsonl by their name, anything else a folder of files)")
    Articles.Format format;

    @Option(names = "--master", description = "Spark master when not started by spark-submit (default: local[*])")
    String master;

    @Option(names = "--partitions", defaultValue = "0", description = "partitions to extract in (default: 8 per core, "
            + "short parts that keep every core busy to the end)")
    int partitions;

    @Option(names = "--overwrite", description = "replace OUTPUT if it exists")
    boolean overwrite;

    @Option(names = "--gzip", description = "write .jsonl.gz")
    boolean compress;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var builder = SparkSession.builder().appName("entente-extract");
        // spark-submit names the master in spark.master; run on its own, the job is local on every core
        if (master != null || !new SparkConf().contains("spark.master")) {
            builder.master(master == null ? "local[*]" : master);
        }
        try (var spark = builder.getOrCreate()) {
            var summary = run(spark, new Settings(input, output, format, partitions, overwrite, compress));
            System.out.printf(Locale.ROOT, "entente-spark: %d articles extracted, %d failed, in %.1f s (%.2f articles/s) on %s, "
                            + "%d partitions%s%n  facts:    %s (import: entente import --format facts-jsonl %s)%n  failures: %s%n",
                    summary.extracted(), summary.failed(), summary.seconds(), summary.perSecond(), spark.sparkContext().master(),
                    summary.partitions(), summary.readySeconds() < 0 ? ""
                            : String.format(Locale.ROOT, "; the extractor (gazetteer, dictionaries, language models) loaded in "
                                    + "%.1f s of it", summary.readySeconds()),
                    summary.facts(), summary.facts(), summary.failures());
            return 0;
        }
    }

    /** Reads the input, extracts every article, writes both outcomes in one pass, and says what it did. */
    public static Summary run(SparkSession spark, Settings settings) throws IOException {
        var out = new JobOutput(settings.output(), spark.sparkContext().hadoopConfiguration());
        out.prepare(settings.overwrite());
        int partitions = settings.partitions() > 0 ? settings.partitions() : 8 * spark.sparkContext().defaultParallelism();
        var extracted = spark.sparkContext().longAccumulator("articles extracted");
        var failed = spark.sparkContext().longAccumulator("articles failed");
        boolean readyBefore = ExtractPartition.readySeconds() >= 0;
        long started = System.nanoTime();
        var hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        // parts of about the same number of articles: an article costs seconds, moving it nothing
        Articles.read(spark, settings.input(), settings.format(), partitions)
                .mapPartitions(new ExtractPartition(hadoop, extracted, failed), Encoders.bean(Outcome.class))
                .write().partitionBy("outcome").option("compression", settings.compress() ? "gzip" : "none").text(out.parts());
        double seconds = (System.nanoTime() - started) / 1e9;
        out.finish();
        // in local mode the executor is this JVM; a JVM that was ready before the run (a test) spent nothing of it
        double ready = spark.sparkContext().isLocal() && !readyBefore ? ExtractPartition.readySeconds() : -1;
        return new Summary(extracted.value(), failed.value(), seconds, partitions, out.folder(JobOutput.FACTS),
                out.folder(JobOutput.FAILURES), ready);
    }
}
