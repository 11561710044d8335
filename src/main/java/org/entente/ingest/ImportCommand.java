package org.entente.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.EntenteApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code entente import PATH...}: imports Facts files or folders of them and prints the report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import Facts files (.yaml, .yml, .json), articles (.txt, .html, .md: extracted first), GDELT event "
                + "files (1.0 and 2.0, tab-separated or CSV, plain or zipped), Facts JSON Lines (.jsonl: one source a line, "
                + "as extract --format jsonl and the Spark job write them), JSON exports of entente, or folders of them into the configured graph. "
                + "Exits with 1 if any file failed or any line was rejected.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Facts files, articles or folders")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "read every file as facts, article, gdelt, "
            + "facts-jsonl or export-json (default: chosen by each file's name and, for GDELT event files and JSON exports, "
            + "their first bytes)")
    String format;

    @Option(names = "--batch-size", paramLabel = "N", description = "events per transaction of a bulk import (GDELT; "
            + "setting entente.import-batch-size, default 5000)")
    Integer batchSize;

    @Option(names = "--actors", paramLabel = "FILE", description = "an actor dictionary of your own (PETRARCH .actors or "
            + ".agents, or the gazetteer's YAML) for the articles to extract; repeatable (setting entente.actors)")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--offline", description = "SPIKE (issue 13): build a new store's database from GDELT event files "
            + "with Neo4j's offline batch importer, then start on it and create the schema; only into a store with no database")
    boolean offline;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        var args = new ArrayList<>(springArgs);
        if (batchSize != null) {
            args.add("--entente.import-batch-size=" + batchSize);
        }
        if (!actors.isEmpty()) {
            args.add("--entente.actors=" + String.join(",", actors.stream().map(Path::toString).toList()));
        }
        if (offline) {
            var home = Path.of(springArgs.stream().filter(a -> a.startsWith("--entente.data-dir="))
                    .map(a -> a.substring("--entente.data-dir=".length())).reduce((a, b) -> b).orElse("./data"));
            int batch = batchSize == null ? 5000 : batchSize;
            try {
                long t0 = System.nanoTime();
                var load = new org.entente.ingest.gdelt.OfflineLoad(batch);
                var result = load.load(paths, home, System.out);
                long t1 = System.nanoTime();
                try (var context = EntenteApplication.command(args, Map.of())) {
                    long t2 = System.nanoTime();
                    System.out.printf("offline import: %,d rows, %,d events created (%,d duplicates, %,d rows rejected); "
                                    + "read and mapped %,d ms, batch importer %,d ms, start and schema %,d ms; %,d ms in all, %,.0f events/s%n",
                            result.rows(), result.claims(), result.duplicates(), result.problems(), result.readMillis(),
                            result.importMillis(), (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000,
                            result.claims() * 1e9 / (t2 - t0));
                    load.someProblems().forEach(p -> System.out.println("  rejected: " + p));
                }
                return result.problems() == 0 ? 0 : 1;
            } catch (java.io.IOException | RuntimeException e) {
                e.printStackTrace();
                System.err.println("entente import --offline: " + reason(e));
                return 1;
            }
        }
        try (var context = EntenteApplication.command(args, Map.of())) {
            var importer = context.getBean(Importer.class);
            if (format != null && !importer.formatNames().contains(format)) {
                System.err.println("entente import: unknown --format '" + format + "': use one of " + String.join(", ", importer.formatNames()));
                return 2;
            }
            var report = importer.importPaths(paths, format, System.console() != null);
            System.out.print(report.format());
            return report.ok() ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println("entente import: " + reason(e));
            return 1;
        }
    }

    /** The most telling message in a start-up failure: ours if there is one, else the root cause's. */
    static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().startsWith("Could not start")) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
