package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

import org.entente.facts.FactsReader;
import org.entente.facts.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports Facts files and folders of them. Each file is validated whole before anything is written and then
 * written in one transaction, so one bad file costs only itself: the others are still imported, and the report
 * names every problem with its file and line.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final List<String> FACTS_EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final FactsReader reader = new FactsReader();
    private final GraphWriter writer;

    Importer(GraphWriter writer) {
        this.writer = writer;
    }

    public ImportReport importPaths(List<Path> paths) {
        var report = new ImportReport();
        var sourcesSeen = new HashMap<String, Path>();
        for (var path : paths) {
            if (Files.isDirectory(path)) {
                var files = factsFilesUnder(path, report);
                if (files.isEmpty()) {
                    report.failed(path.toString(), List.of("no Facts files (" + String.join(", ", FACTS_EXTENSIONS)
                            + ") in this folder"));
                }
                files.forEach(file -> importFile(file, report, sourcesSeen));
            } else if (!Files.exists(path)) {
                report.failed(path.toString(), List.of("no such file or folder"));
            } else if (!isFactsFile(path)) {
                report.failed(path.toString(), List.of("not a Facts file: import takes " + String.join(", ", FACTS_EXTENSIONS)));
            } else {
                importFile(path, report, sourcesSeen);
            }
        }
        return report;
    }

    private void importFile(Path file, ImportReport report, Map<String, Path> sourcesSeen) {
        long started = System.nanoTime();
        try {
            var facts = reader.read(file);
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
        } catch (RuntimeException e) {
            // the transaction rolled back: nothing of this file is in the graph
            report.failed(file.toString(), List.of("could not write to the graph: " + e.getMessage()));
            log.error("Import of {} failed", file, e);
        }
    }

    private static List<Path> factsFilesUnder(Path folder, ImportReport report) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(Importer::isFactsFile).sorted().toList();
        } catch (IOException e) {
            report.failed(folder.toString(), List.of("cannot list the folder: " + e.getMessage()));
            return new ArrayList<>();
        }
    }

    static boolean isFactsFile(Path path) {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return FACTS_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
