package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.entente.extract.ArticleException;
import org.entente.extract.Extractor;
import org.entente.facts.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports files of every {@link SourceFormat} (Facts files, articles, GDELT event files) and folders of them. Each
 * file is read by its format and written as its format says (a source in one transaction; a data set in batches), so
 * one bad file costs only itself: the others are still imported, and the report names every problem with its file
 * and line.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final GraphWriter writer;
    private final ArticleExtraction extraction;
    /** In the order a folder's files are imported: Facts before the articles they cover. */
    private final List<SourceFormat> formats;
    private final ImportMetrics metrics;

    Importer(GraphWriter writer, ArticleExtraction extraction, List<SourceFormat> formats, ImportMetrics metrics) {
        this.writer = writer;
        this.extraction = extraction;
        this.formats = List.copyOf(formats);
        this.metrics = metrics;
    }

    /** The formats by name, in order: what {@code --format} takes. */
    public List<String> formatNames() {
        return formats.stream().map(SourceFormat::name).toList();
    }

    public ImportReport importPaths(List<Path> paths) {
        return importPaths(paths, null, false);
    }

    /**
     * Imports files and folders. {@code format} (a name of {@link #formatNames()}) reads every file given, whatever its
     * name; null chooses a format by each file's name (and, for event files, its first line). {@code progress}: show
     * the progress of long files on the terminal.
     */
    public ImportReport importPaths(List<Path> paths, String format, boolean progress) {
        var forced = format == null ? null : formats.stream().filter(f -> f.name().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "': use one of " + formatNames()));
        var run = new ImportRun(writer, progress);
        var report = run.report();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                var files = filesUnder(path, report);
                var taken = new ArrayList<Path>();
                for (var f : formats) {
                    if (forced == null || forced == f) {
                        files.stream().filter(file -> !taken.contains(file) && f.accepts(file)).forEach(file -> {
                            taken.add(file);
                            f.importFile(file, run);
                        });
                    }
                }
                if (taken.isEmpty()) {
                    report.failed(path.toString(), List.of("nothing to import in this folder: it takes " + takes(forced)));
                }
            } else if (!Files.exists(path)) {
                report.failed(path.toString(), List.of("no such file or folder"));
            } else if (forced != null) {
                forced.importFile(path, run);
            } else {
                formats.stream().filter(f -> f.accepts(path)).findFirst().ifPresentOrElse(f -> f.importFile(path, run),
                        () -> report.failed(path.toString(), List.of("not a file import takes: it takes " + takes(null)
                                + " (or name the format with --format)")));
            }
        }
        metrics.failed(report.failed().size());
        return report;
    }

    private String takes(SourceFormat forced) {
        return (forced == null ? formats : List.of(forced)).stream().map(f -> f.name() + " (" + f.files() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Imports one article held in memory (POST /api/articles): extracted, validated like a Facts file, written in one
     * transaction. Unlike a file import, what stops it is thrown, so the caller can tell a bad article
     * ({@link ArticleException}) from facts that fail validation ({@link InvalidFactsException}) and from a database
     * that cannot take the write (the driver's exception); in every case nothing was written.
     *
     * @param name the article's file name: its extension tells the format (.txt, .html, .md)
     * @param replace whether it may replace a source of the same id; if not, {@link SourceExistsException} when the
     *                graph holds one, decided inside the write transaction
     */
    public ImportReport.Imported importArticle(String name, byte[] bytes, Extractor.Options options, boolean replace) {
        long started = System.nanoTime();
        GraphWriter.WriteResult result;
        try {
            result = writer.write(extraction.extract(name, bytes, options), !replace);
        } catch (RuntimeException e) {
            metrics.failed(1); // the caller tells the kinds apart and answers; here it is only counted
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Imported {}: source {}, {} entities, {} relationships, {} claims ({} ms)", name, result.sourceId(),
                result.entities(), result.relationships(), result.claims(), millis);
        return new ImportReport.Imported(name, result.sourceId(), result.entities(), result.relationships(), result.claims(), millis);
    }

    private static List<Path> filesUnder(Path folder, ImportReport report) {
        try (Stream<Path> files = Files.walk(folder)) {
            // the gazetteer's own files (seeds/gazetteer/cameo/*.txt) are dictionaries, not articles
            return files.filter(Files::isRegularFile)
                    .filter(f -> !folder.relativize(f).toString().replace('\\', '/').matches("(.*/)?gazetteer/.*"))
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().matches("(?i)(readme|licen[cs]e).*"))
                    .sorted().toList();
        } catch (IOException e) {
            report.failed(folder.toString(), List.of("cannot list the folder: " + e.getMessage()));
            return new ArrayList<>();
        }
    }
}
