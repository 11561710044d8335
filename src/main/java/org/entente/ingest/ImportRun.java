package org.entente.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.entente.extract.ArticleException;
import org.entente.facts.Facts;
import org.entente.facts.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code import}: its report, the sources written so far (two files may not claim one source id), and the write
 * of one file's Facts as one unit: validated whole, then written in one transaction, or reported and left out.
 */
public final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final ImportReport report = new ImportReport();
    private final Map<String, String> sourcesSeen = new HashMap<>();
    private final GraphWriter writer;

    private final boolean showProgress;

    public ImportRun(GraphWriter writer, boolean showProgress) {
        this.writer = writer;
        this.showProgress = showProgress;
    }

    /** Progress of a long file on the terminal, if this run shows it ({@code import} on a console). */
    public Progress progress(String task, long expectedRows) {
        return showProgress ? Progress.terminal(task, expectedRows) : Progress.NONE;
    }

    public ImportReport report() {
        return report;
    }

    /** The file (or line of a file) a source id was written from in this run, if one was. */
    String sourceFrom(String sourceId) {
        return sourcesSeen.get(sourceId);
    }

    /**
     * Records that {@code where} (a file, or a line of one) gives source {@code sourceId}; returns the place that gave it
     * earlier in this run, if one did, and then {@code where} must not write it: two places with one source id would
     * silently replace each other's facts.
     */
    public String claimSource(String sourceId, String where) {
        return sourcesSeen.putIfAbsent(sourceId, where);
    }

    /**
     * Reads one file's Facts and writes them in one transaction. Invalid Facts and bad articles are reported with
     * every problem; a defect in reading or extraction is reported as one, naming the file; a failed write leaves
     * nothing of the file in the graph.
     */
    public void write(Path file, Supplier<Facts> source) {
        long started = System.nanoTime();
        try {
            Facts facts;
            try {
                facts = source.get();
            } catch (InvalidFactsException | ArticleException e) {
                throw e;
            } catch (RuntimeException e) {
                report.failed(file.toString(), List.of(file + ": extraction failed (" + e + "); please report it with the file"));
                log.error("Reading {} failed", file, e);
                return;
            }
            var earlier = claimSource(facts.source().id(), file.toString());
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
}
