package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;

/** What an import did, file by file: written sources with their counts, rejected files with every problem. */
public final class ImportReport {

    public record Imported(String file, String sourceId, int entities, int relationships, int claims, long millis) {
    }

    public record Failed(String file, List<String> errors) {
    }

    /**
     * A file of coded events (GDELT): rows read, events new to the graph, events it held already, rows rejected (each
     * with its line and reason), and whether the import went on from where an earlier one stopped.
     */
    public record Events(String file, long rows, long created, long existing, List<String> rejected, long millis, boolean resumed) {
    }

    /**
     * A file of Facts JSON Lines: lines read, sources written (each whole, in a transaction of its own) with what they
     * hold, lines rejected (each with its line and reason), and whether the import went on after an interrupted one.
     */
    public record SourceLines(String file, long lines, long sources, long entities, long relationships, long claims,
                              List<String> rejected, long millis, boolean resumed) {
    }

    /** Rejected rows listed in the report; the rest are counted. */
    private static final int LISTED = 20;

    private final List<Imported> imported = new ArrayList<>();
    private final List<Failed> failed = new ArrayList<>();
    private final List<Failed> skipped = new ArrayList<>();
    private final List<Events> events = new ArrayList<>();
    private final List<SourceLines> sourceLines = new ArrayList<>();

    public void sourceLines(SourceLines lines) {
        sourceLines.add(new SourceLines(lines.file(), lines.lines(), lines.sources(), lines.entities(), lines.relationships(),
                lines.claims(), List.copyOf(lines.rejected()), lines.millis(), lines.resumed()));
    }

    public List<SourceLines> sourceLines() {
        return List.copyOf(sourceLines);
    }

    public void events(String file, long rows, long created, long existing, List<String> rejected, long millis, boolean resumed) {
        events.add(new Events(file, rows, created, existing, List.copyOf(rejected), millis, resumed));
    }

    public List<Events> events() {
        return List.copyOf(events);
    }

    public void skipped(String file, String reason) {
        skipped.add(new Failed(file, List.of(reason)));
    }

    /** Files left out on purpose (an article whose curated Facts were imported in the same run). */
    public List<Failed> skipped() {
        return List.copyOf(skipped);
    }

    void imported(String file, GraphWriter.WriteResult result, long millis) {
        imported.add(new Imported(file, result.sourceId(), result.entities(), result.relationships(), result.claims(), millis));
    }

    public void failed(String file, List<String> errors) {
        failed.add(new Failed(file, List.copyOf(errors)));
    }

    public List<Imported> imported() {
        return List.copyOf(imported);
    }

    public List<Failed> failed() {
        return List.copyOf(failed);
    }

    /** No file failed, and no line of Facts JSON Lines was rejected (each is a source left out). */
    public boolean ok() {
        return failed.isEmpty() && sourceLines.stream().allMatch(l -> l.rejected().isEmpty());
    }

    /** The report as a person reads it at the terminal. */
    public String format() {
        var out = new StringBuilder();
        for (var i : imported) {
            out.append(String.format("imported  %s%n          source %s: %d entities, %d relationships, %d claims (%d ms)%n",
                    i.file(), i.sourceId(), i.entities(), i.relationships(), i.claims(), i.millis()));
        }
        for (var e : events) {
            out.append(String.format("imported  %s%n          %,d events: %,d new, %,d already in the graph%s; %,d rows rejected (%,d ms, %,d rows/s)%n",
                    e.file(), e.rows(), e.created(), e.existing(), e.resumed() ? " (went on after an interrupted import)" : "",
                    e.rejected().size(), e.millis(), e.millis() == 0 ? e.rows() : e.rows() * 1000 / e.millis()));
            rejected(out, e.rejected());
        }
        for (var l : sourceLines) {
            out.append(String.format("imported  %s%n          %,d sources: %,d entities, %,d relationships, %,d claims%s; %,d line%s rejected (%,d ms, %,d sources/s)%n",
                    l.file(), l.sources(), l.entities(), l.relationships(), l.claims(),
                    l.resumed() ? " (went on after an interrupted import)" : "", l.rejected().size(), l.rejected().size() == 1 ? "" : "s", l.millis(),
                    l.millis() == 0 ? l.sources() : l.sources() * 1000 / l.millis()));
            rejected(out, l.rejected());
        }
        for (var f : skipped) {
            out.append(String.format("skipped   %s%n          %s%n", f.file(), f.errors().get(0)));
        }
        for (var f : failed) {
            out.append(String.format("FAILED    %s%n", f.file()));
            f.errors().forEach(e -> out.append("          ").append(e).append(System.lineSeparator()));
        }
        if (!events.isEmpty()) {
            out.append(String.format("%,d event file%s imported (%,d new events)%n", events.size(), events.size() == 1 ? "" : "s",
                    events.stream().mapToLong(Events::created).sum()));
        }
        long sources = imported.size() + sourceLines.stream().mapToLong(SourceLines::sources).sum();
        out.append(String.format("%d source%s imported (%d entities, %d relationships, %d claims), %d file%s failed%n",
                sources, sources == 1 ? "" : "s",
                imported.stream().mapToInt(Imported::entities).sum() + sourceLines.stream().mapToLong(SourceLines::entities).sum(),
                imported.stream().mapToInt(Imported::relationships).sum() + sourceLines.stream().mapToLong(SourceLines::relationships).sum(),
                imported.stream().mapToInt(Imported::claims).sum() + sourceLines.stream().mapToLong(SourceLines::claims).sum(),
                failed.size(), failed.size() == 1 ? "" : "s"));
        return out.toString();
    }

    /** The first rejected rows or lines, and how many more there are. */
    private static void rejected(StringBuilder out, List<String> rejected) {
        rejected.stream().limit(LISTED).forEach(r -> out.append("          rejected ").append(r).append(System.lineSeparator()));
        if (rejected.size() > LISTED) {
            out.append(String.format("          … and %,d more rejected%n", rejected.size() - LISTED));
        }
    }
}
