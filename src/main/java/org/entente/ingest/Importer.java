package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.stream.Stream;

import org.entente.extract.ArticleException;
import org.entente.extract.Extractor;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.facts.Facts;
import org.entente.facts.FactsDocument;
import org.entente.facts.FactsReader;
import org.entente.facts.InvalidFactsException;
import org.entente.system.EntenteProperties;
import org.entente.system.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports Facts files, articles (extracted to Facts first, then validated like any Facts file) and folders of them. Each file is validated whole before anything is written and then
 * written in one transaction, so one bad file costs only itself: the others are still imported, and the report
 * names every problem with its file and line.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final List<String> FACTS_EXTENSIONS = List.of(".yaml", ".yml", ".json");
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".md", ".markdown");

    private final FactsReader reader = new FactsReader();
    private final GraphWriter writer;
    private volatile Extractor extractor;

    private final Graph graph;
    /** What extraction knows: the shared gazetteer, or one with the dictionaries of {@code entente.actors}. */
    private final Supplier<Gazetteer> gazetteer;

    Importer(GraphWriter writer, Graph graph, EntenteProperties properties) {
        this.writer = writer;
        this.graph = graph;
        if (properties.actors().isEmpty()) {
            this.gazetteer = Gazetteer::shared; // loaded with the language models, when the first article comes
        } else {
            // read now, so that a dictionary with a mistake stops the start naming its file and line, not the first article
            var own = Gazetteer.withActors(properties.actors());
            log.info("Actor dictionaries {} added to the gazetteer", properties.actors());
            this.gazetteer = () -> own;
        }
    }

    public ImportReport importPaths(List<Path> paths) {
        var report = new ImportReport();
        var sourcesSeen = new HashMap<String, Path>();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                var files = filesUnder(path, report);
                if (files.isEmpty()) {
                    report.failed(path.toString(), List.of("no Facts files (" + String.join(", ", FACTS_EXTENSIONS)
                            + ") or articles (" + String.join(", ", ARTICLE_EXTENSIONS) + ") in this folder"));
                }
                // Facts first: an article that has curated Facts in the same folder is covered by them
                files.stream().filter(Importer::isFactsFile).forEach(file -> importFile(file, report, sourcesSeen));
                files.stream().filter(Importer::isArticle).forEach(file -> {
                    var id = Extractor.sourceId(file.toString());
                    if (sourcesSeen.containsKey(id)) {
                        report.skipped(file.toString(), "source " + id + " comes from " + sourcesSeen.get(id) + " in this import");
                    } else {
                        importArticle(file, report, sourcesSeen);
                    }
                });
            } else if (!Files.exists(path)) {
                report.failed(path.toString(), List.of("no such file or folder"));
            } else if (isArticle(path)) {
                importArticle(path, report, sourcesSeen);
            } else if (!isFactsFile(path)) {
                report.failed(path.toString(), List.of("not a Facts file or an article: import takes "
                        + String.join(", ", FACTS_EXTENSIONS) + ", " + String.join(", ", ARTICLE_EXTENSIONS)));
            } else {
                importFile(path, report, sourcesSeen);
            }
        }
        return report;
    }

    private void importFile(Path file, ImportReport report, Map<String, Path> sourcesSeen) {
        write(file, () -> reader.read(file), report, sourcesSeen);
    }

    private void importArticle(Path file, ImportReport report, Map<String, Path> sourcesSeen) {
        write(file, () -> {
            var facts = extract(file.toString(), Extractor.read(file), Extractor.Options.none());
            refuseToReplaceAnother(facts.source().id(), file.toString());
            return facts;
        }, report, sourcesSeen);
    }

    /**
     * An article file named like a stored source of another origin (curated Facts, another file) would replace it
     * silently: that takes an explicit act (rename the file, or write Facts), not an accident of file names.
     */
    private void refuseToReplaceAnother(String id, String path) {
        var stored = graph.query("ingest/find_source", Map.of("id", id), r -> r.get("path").asString(null));
        if (!stored.isEmpty() && !path.equals(stored.get(0))) {
            throw new ArticleException(path + ": source '" + id + "' is already stored from "
                    + (stored.get(0) == null ? "Facts written by hand" : stored.get(0)) + "; rename the article file to import it beside it");
        }
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
        var result = writer.write(extract(name, bytes, options), !replace);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Imported {}: source {}, {} entities, {} relationships, {} claims ({} ms)", name, result.sourceId(),
                result.entities(), result.relationships(), result.claims(), millis);
        return new ImportReport.Imported(name, result.sourceId(), result.entities(), result.relationships(), result.claims(), millis);
    }

    /**
     * Extracts an article's Facts and reads them back through the Facts validator, so extracted facts meet every
     * rule a curated file meets before the writer sees them.
     */
    private Facts extract(String name, byte[] bytes, Extractor.Options options) {
        if (extractor == null) {
            synchronized (this) {
                if (extractor == null) {
                    log.info("Loading the language models for article extraction (about 15 s)");
                    extractor = new Extractor(gazetteer.get());
                }
            }
        }
        var extraction = extractor.extract(name, bytes, options);
        var json = FactsDocument.json(extraction.facts()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // quotes are the article's words without markup: they are checked against the cleaned text
        return reader.read(name + " (extracted)", json, true, null, extraction.article().body());
    }

    private void write(Path file, Supplier<Facts> source, ImportReport report, Map<String, Path> sourcesSeen) {
        long started = System.nanoTime();
        try {
            Facts facts;
            try {
                facts = source.get();
            } catch (InvalidFactsException | ArticleException e) {
                throw e;
            } catch (RuntimeException e) {
                // a defect in reading or extraction, not the database's: say so, and which file
                report.failed(file.toString(), List.of(file + ": extraction failed (" + e + "); please report it with the file"));
                log.error("Reading {} failed", file, e);
                return;
            }
            var earlier = sourcesSeen.putIfAbsent(facts.source().id(), file);
            if (earlier != null) {
                // a second file with the same source id would silently replace the first one's facts
                report.failed(file.toString(), List.of(file + ": source.id: '" + facts.source().id()
                        + "' is also the source id of " + earlier + "; every source needs its own id"));
                return;
            }
            var result = writer.write(facts);
            report.imported(file.toString(), result, (System.nanoTime() - started) / 1_000_000);
            log.info("Imported {}: source {}, {} entities, {} relationships, {} claims", file, result.sourceId(),
                    result.entities(), result.relationships(), result.claims());
        } catch (InvalidFactsException e) {
            report.failed(file.toString(), e.problems().stream().map(p -> p.describe(file.toString())).toList());
            log.warn("Rejected {}", e.getMessage());
        } catch (ArticleException e) {
            report.failed(file.toString(), List.of(e.getMessage()));
            log.warn("Rejected {}", e.getMessage());
        } catch (RuntimeException e) {
            // the transaction rolled back: nothing of this file is in the graph
            report.failed(file.toString(), List.of("could not write to the graph: " + e.getMessage()));
            log.error("Import of {} failed", file, e);
        }
    }

    private static List<Path> filesUnder(Path folder, ImportReport report) {
        try (Stream<Path> files = Files.walk(folder)) {
            // the gazetteer's own files (seeds/gazetteer/cameo/*.txt) are dictionaries, not articles
            return files.filter(Files::isRegularFile).filter(f -> isFactsFile(f) || isArticle(f))
                    .filter(f -> !folder.relativize(f).toString().replace('\\', '/').matches("(.*/)?gazetteer/.*"))
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().matches("(?i)(readme|licen[cs]e).*"))
                    .sorted().toList();
        } catch (IOException e) {
            report.failed(folder.toString(), List.of("cannot list the folder: " + e.getMessage()));
            return new ArrayList<>();
        }
    }

    static boolean isArticle(Path path) {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    static boolean isFactsFile(Path path) {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return FACTS_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
