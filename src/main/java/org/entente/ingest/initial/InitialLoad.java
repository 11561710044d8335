package org.entente.ingest.initial;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.EntenteApplication;
import org.entente.ingest.ImportReport;
import org.entente.ingest.Progress;
import org.entente.ingest.gdelt.GdeltFile;
import org.entente.ingest.gdelt.GdeltFileException;
import org.entente.ingest.gdelt.GdeltImport;
import org.entente.store.StoreSettings;

/**
 * {@code import --format gdelt --initial FILE...}: a new store's first load of GDELT event files, several times faster
 * than the transactional import. The files are read and the graph the transactional import would make is assembled on
 * the heap ({@link InitialGraph}), Neo4j's batch importer writes it as the store's database ({@link InitialStore}, Neo4j
 * internal API), and the application starts on it once, which creates the schema (cypher/schema.cypher) as on any store.
 * The graph is the same, node for node and property for property (timestamps aside), as the transactional import's
 * (InitialLoadIT): later imports, normal ones, go on from it.
 *
 * <p>All or nothing: refused before anything is written when the store has a database, a file is no GDELT file, or
 * the graph would not fit the heap ({@link HeapEstimate}); on any failure after that, what the load wrote is deleted
 * ({@link NewStore#undo}) and the store is as it was; the same when the JVM is stopped (Ctrl-C) before the
 * database is in place. Once it is, an interruption leaves a whole graph, whose schema the next start creates. Not
 * resumable: a failed load starts again from the first file.
 */
public final class InitialLoad {

    /** A load refused before anything was written (a usage error: the command exits with 2). */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** A load that failed once started; its message says what was deleted, its cause why it failed. */
    public static final class Failed extends RuntimeException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The report, as the transactional import's, and a line of the load's own times. */
    public record Result(ImportReport report, String summary) {
    }

    private enum Phase { READING, IMPORTING, MOVING, STARTING, DONE }

    private final List<String> springArgs;
    private final boolean console;
    private volatile Phase phase = Phase.READING;

    /** {@code springArgs}: the settings as the command passes them to Spring; {@code console}: show progress on stderr. */
    public InitialLoad(List<String> springArgs, boolean console) {
        this.springArgs = List.copyOf(springArgs);
        this.console = console;
    }

    /** Checks, then loads {@code paths} (GDELT files, or folders of them) into the configured store, which has no database. */
    public Result load(List<Path> paths, String format) {
        if (format != null && !format.equals("gdelt")) {
            throw new Refused("--initial loads GDELT event files only (--format gdelt), not --format " + format
                    + ": import them without --initial");
        }
        var settings = StoreSettings.read(springArgs);
        if (settings.neo4j() != null && settings.neo4j().uri() != null && !settings.neo4j().uri().isBlank()) {
            throw new Refused("--initial writes the embedded store, and entente.neo4j.uri (NEO4J_URI) names an external "
                    + "server: import into it without --initial");
        }
        if (settings.importBatchSize() < 1) {
            throw new Refused("entente.import-batch-size (--batch-size) must be at least 1, not " + settings.importBatchSize());
        }
        var files = gdeltFiles(paths, format != null);
        var store = new NewStore(settings.dataDir());
        if (store.hasDatabase()) {
            throw new Refused(store.dir() + " (entente.data-dir) has a database already: --initial is only for a new "
                    + "store's first load. Import into it without --initial");
        }
        var heap = HeapEstimate.of(files, Runtime.getRuntime().maxMemory());
        if (!heap.fits()) {
            throw new Refused(heap.refusal());
        }
        if (store.hasStaging()) {
            System.err.println("Removing what an interrupted initial load left in " + store.dir().resolve(NewStore.STAGING));
        }
        var undoOnExit = new Thread(() -> undoOnExit(store), "initial-load-undo");
        Runtime.getRuntime().addShutdownHook(undoOnExit);
        try {
            return load(files, store, settings.importBatchSize());
        } catch (RuntimeException | IOException | Error e) {
            var deleted = store.undo();
            throw new Failed((e instanceof OutOfMemoryError ? "The graph did not fit the heap: give the JVM more (-Xmx). " : "")
                    + (deleted.isEmpty() ? "Nothing was written to " + store.dir()
                    : "Deleted what the load had written (" + String.join(", ", deleted) + "): " + store.dir() + " is as it was"), e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(undoOnExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs
            }
        }
    }

    private Result load(List<Path> files, NewStore store, int batchSize) throws IOException {
        long started = System.nanoTime();
        var report = new ImportReport();
        var graph = new InitialGraph(batchSize);
        for (var file : files) {
            try (var progress = console ? Progress.terminal(file.getFileName().toString(), GdeltImport.estimateRows(file)) : Progress.NONE) {
                var counts = graph.read(file, progress);
                report.events(file.toString(), counts.rows(), counts.created(), counts.existing(), counts.rejected(),
                        counts.millis(), false);
            }
        }
        long read = System.nanoTime();
        long nodes = graph.nodes();
        long relationships = graph.relationships();
        long events = graph.claims.size();
        phase = Phase.IMPORTING;
        say("Writing %,d nodes and %,d relationships with Neo4j's batch importer", nodes, relationships);
        InitialStore.write(graph, store.staging(), new PrintStream(new ImporterOutput(), true, StandardCharsets.UTF_8));
        graph = null; // the heap it held is the start-up's now
        long imported = System.nanoTime();
        phase = Phase.MOVING;
        store.moveIn();
        phase = Phase.STARTING;
        say("Starting on the new store and creating the schema (cypher/schema.cypher)");
        try (var context = EntenteApplication.command(springArgs, Map.of())) {
            phase = Phase.DONE;
        }
        long done = System.nanoTime();
        var summary = String.format("initial load: %,d events in %,.1f s, %,.0f events/s (reading and mapping %,.1f s; "
                        + "Neo4j's batch importer %,.1f s for %,d nodes and %,d relationships; start and schema %,.1f s)%n",
                events, seconds(done - started), events / seconds(done - started), seconds(read - started),
                seconds(imported - read), nodes, relationships, seconds(done - imported));
        return new Result(report, summary);
    }

    /** Ctrl-C before the database is in place: delete what was written, as a failure does. */
    private void undoOnExit(NewStore store) {
        if (phase.compareTo(Phase.STARTING) >= 0) {
            return; // the database is whole; the engine's own shutdown closes it, the next start creates the schema
        }
        var deleted = store.undo();
        try {
            Thread.sleep(300); // the importer's threads may still create a file or two meanwhile
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.undo();
        System.err.println("entente import --initial: stopped; " + (deleted.isEmpty() ? "nothing was written to " + store.dir()
                : "deleted what the load had written (" + String.join(", ", deleted) + "): " + store.dir() + " is as it was"));
    }

    /**
     * The GDELT files among {@code paths} (a folder: the files in it that are GDELT's), each checked to open as one.
     * {@code forced} (--format gdelt): a file is taken whatever its name, as the transactional import takes it.
     */
    private static List<Path> gdeltFiles(List<Path> paths, boolean forced) {
        var gdelt = GdeltImport.mappingOnly();
        var files = new ArrayList<Path>();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                var found = filesIn(path).stream().filter(gdelt::accepts).toList();
                if (found.isEmpty()) {
                    throw new Refused(path + ": no GDELT event file in this folder (" + gdelt.files() + ")");
                }
                files.addAll(found);
            } else if (!Files.isRegularFile(path)) {
                throw new Refused(path + ": no such file or folder");
            } else if (!forced && !gdelt.accepts(path)) {
                throw new Refused(path + " is no GDELT event file (" + gdelt.files() + "): --initial loads GDELT event "
                        + "files only; import other files without --initial, once the initial load is done");
            } else {
                files.add(path);
            }
        }
        for (var file : files) {
            try (var rows = GdeltFile.open(file)) {
                rows.hasNext(); // reads the first line: the layout, or why it is none of GDELT's
            } catch (GdeltFileException e) {
                throw new Refused(e.getMessage() + " (--initial loads GDELT event files only)");
            }
        }
        return files;
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new Refused(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private void say(String format, Object... args) {
        if (console) {
            System.err.printf(format + "%n", args);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * The batch importer's progress output (a stage's estimates, then a line of dots per 5 %): on a console, one line
     * a stage when it completes; the dots nowhere, as the transactional import prints none either.
     */
    private final class ImporterOutput extends OutputStream {
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(int b) {
            if (b == '\n') {
                var text = line.toString().strip();
                line.setLength(0);
                if (text.contains("COMPLETED in") || text.startsWith("IMPORT DONE")) {
                    say("  %s", text);
                }
            } else if (b != '.' && line.length() < 1000) {
                line.append((char) b);
            }
        }
    }
}
