package org.entente.ingest.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.entente.facts.Facts;
import org.entente.facts.FactsProblem;
import org.entente.facts.FactsReader;
import org.entente.facts.InvalidFactsException;
import org.entente.ingest.GraphWriter;
import org.entente.ingest.ImportReport;
import org.entente.ingest.ImportRun;
import org.entente.ingest.SourceFormat;
import org.entente.ingest.bulk.BulkWriter.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Facts JSON Lines ({@code .jsonl}, {@code .ndjson}, gzipped or not): one Facts document a line, the JSON that
 * {@code extract --format jsonl} and the Spark job write, each with its article's text in {@code source.body}. Every
 * line is one source, validated like a Facts file and written by the one writer in a transaction of its own, whole or
 * not at all, together with the checkpoint that says how far the file has come: an interrupted import goes on after the
 * last source written. A bad line is reported with its file and line and left out; the rest of the file goes in.
 * Importing a file again writes each source again, which changes nothing.
 */
@Component
@Order(2) // with the Facts files, before the articles whose sources its lines may give
public final class FactsLines implements SourceFormat {

    private static final Logger log = LoggerFactory.getLogger(FactsLines.class);

    private final GraphWriter writer;
    private final BulkWriter checkpoints;
    private final FactsReader reader = new FactsReader();

    FactsLines(GraphWriter writer, BulkWriter checkpoints) {
        this.writer = writer;
        this.checkpoints = checkpoints;
    }

    @Override
    public String name() {
        return "facts-jsonl";
    }

    @Override
    public String files() {
        return "Facts JSON Lines: .jsonl, .ndjson (or .gz of either), one Facts document a line";
    }

    @Override
    public boolean accepts(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void importFile(Path file, ImportRun run) {
        long started = System.nanoTime();
        var key = file.toAbsolutePath().normalize().toString();
        var tally = new Tally();
        boolean resumed = false;
        try {
            var fingerprint = Files.size(file) + "/" + Files.getLastModifiedTime(file).toMillis();
            var resume = checkpoints.resumeAfter(key, fingerprint);
            resumed = resume.isPresent();
            try (var lines = new Utf8Lines(open(file), (int) FactsReader.MAX_BYTES);
                 var progress = run.progress(file.getFileName().toString(), lineCount(file))) {
                if (resumed) {
                    log.info("Resuming {} after line {}", file, resume.get().line());
                    lines.skipTo(resume.get().line());
                }
                for (var line = lines.next(); line != null; line = lines.next()) {
                    progress.step(line.number());
                    if (line.text() == null || !line.text().isBlank()) {
                        tally.lines++;
                        importLine(file, line, run, tally, new Checkpoint(key, fingerprint, null, line.number()));
                    }
                }
            }
            checkpoints.finished(key);
        } catch (IOException e) {
            run.report().failed(file.toString(), List.of(file + ": cannot read the file (" + e.getMessage() + ")"
                    + (tally.sources > 0 ? "; run the import again to go on after the " + tally.sources + " sources written" : "")));
            return;
        } catch (RuntimeException e) {
            // the sources written so far stay (each whole); a re-run goes on after the last of them
            run.report().failed(file.toString(), List.of(file + ": stopped after " + tally.sources + " sources ("
                    + e.getMessage() + "); run the import again to go on from there"));
            log.error("Import of {} stopped", file, e);
            return;
        }
        run.report().sourceLines(new ImportReport.SourceLines(file.toString(), tally.lines, tally.sources, tally.entities,
                tally.relationships, tally.claims, tally.rejected, (System.nanoTime() - started) / 1_000_000, resumed));
    }

    /** Reads, checks and writes the source of one line; a line that is not one is rejected, naming its line. */
    private void importLine(Path file, Utf8Lines.Line line, ImportRun run, Tally tally, Checkpoint checkpoint) {
        var where = file + ":" + line.number();
        if (line.tooLong()) {
            tally.rejected.add(where + ": the line is longer than " + FactsReader.MAX_BYTES / 1024 / 1024 + " MB");
            return;
        }
        if (line.text() == null) {
            tally.rejected.add(where + ": the line is not UTF-8 text");
            return;
        }
        Facts facts;
        try {
            facts = reader.read(where, line.text().getBytes(StandardCharsets.UTF_8), true, null);
        } catch (InvalidFactsException e) {
            // a line's document has one line: the problems' place is the line of the file; one entry a line
            var problems = e.problems();
            var first = problems.get(0);
            var described = new StringBuilder(new FactsProblem(first.path(), (int) line.number(), first.message()).describe(file.toString()));
            problems.stream().skip(1).forEach(p -> described.append("; ").append(p.path().isEmpty() ? "" : p.path() + ": ").append(p.message()));
            tally.rejected.add(described.toString());
            return;
        }
        var earlier = run.claimSource(facts.source().id(), where);
        if (earlier != null) {
            tally.rejected.add(where + ": source.id: '" + facts.source().id() + "' is also the source id of " + earlier
                    + "; every source needs its own id");
            return;
        }
        var written = writer.write(facts, false, tx -> BulkWriter.save(tx, checkpoint));
        tally.sources++;
        tally.entities += written.entities();
        tally.relationships += written.relationships();
        tally.claims += written.claims();
    }

    private static InputStream open(Path file) throws IOException {
        var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The file's lines, for the progress bar's end (a pass over the bytes, quick beside writing them). */
    private static long lineCount(Path file) {
        try (var lines = new Utf8Lines(open(file), 0)) {
            while (lines.next() != null) {
                // counted, not kept
            }
            return lines.number();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Counts of one file's import. */
    private static final class Tally {
        long lines;
        long sources;
        long entities;
        long relationships;
        long claims;
        final List<String> rejected = new ArrayList<>();
    }
}
