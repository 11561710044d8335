package org.entente.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.EntenteApplication;
import org.entente.ingest.gdelt.GdeltFileException;
import org.entente.ingest.initial.InitialLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code entente import PATH...}: imports Facts files or folders of them and prints the report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import Facts files (.yaml, .yml, .json), articles (.txt, .html, .md: extracted first), GDELT event "
                + "files (1.0 and 2.0, tab-separated or CSV, plain or zipped), Facts JSON Lines (.jsonl: one source a line, "
                + "as extract --format jsonl and the Spark job write them), JSON exports of entente, or folders of them into the configured graph. "
                + "Exits with 1 if any file failed or any line of Facts JSON Lines (a source) was rejected; GDELT rows that "
                + "cannot be read are reported with file and line and skipped, and leave the exit code at 0, as real exports "
                + "hold a few.")
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

    @Option(names = "--initial", description = "a new store's first load with Neo4j's batch importer, several times "
            + "faster; only into a store with no database (GDELT event files only; see docs/gdelt.md)")
    boolean initial;

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
        if (initial) {
            return initialLoad(args);
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

    /**
     * {@code --initial}: the load refused (another format, a file that is no GDELT file, a store with a database, too
     * big for the heap) exits with 2, as a usage error, having written nothing; one that failed exits with 1, having
     * deleted what it wrote.
     */
    private int initialLoad(List<String> args) {
        try {
            var result = new InitialLoad(args, System.console() != null).load(paths, format);
            System.out.print(result.report().format());
            System.out.print(result.summary());
            return result.report().ok() ? 0 : 1;
        } catch (InitialLoad.Refused e) {
            System.err.println("entente import --initial: " + e.getMessage());
            return 2;
        } catch (InitialLoad.Failed e) {
            System.err.println("entente import --initial: " + reason(e.getCause()));
            System.err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("entente import --initial: " + reason(e));
            return 1;
        }
    }

    /**
     * The most telling message in a failure: ours if there is one (the engine's start, a GDELT file that cannot be read,
     * which names the file), else the root cause's.
     */
    static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().startsWith("Could not start")
                    || t instanceof GdeltFileException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
