package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;

/** What an import did, file by file: written sources with their counts, rejected files with every problem. */
public final class ImportReport {

    public record Imported(String file, String sourceId, int entities, int relationships, int claims, long millis) {
    }

    public record Failed(String file, List<String> errors) {
    }

    private final List<Imported> imported = new ArrayList<>();
    private final List<Failed> failed = new ArrayList<>();
    private final List<Failed> skipped = new ArrayList<>();

    void skipped(String file, String reason) {
        skipped.add(new Failed(file, List.of(reason)));
    }

    /** Files left out on purpose (an article whose curated Facts were imported in the same run). */
    public List<Failed> skipped() {
        return List.copyOf(skipped);
    }

    void imported(String file, GraphWriter.WriteResult result, long millis) {
        imported.add(new Imported(file, result.sourceId(), result.entities(), result.relationships(), result.claims(), millis));
    }

    void failed(String file, List<String> errors) {
        failed.add(new Failed(file, List.copyOf(errors)));
    }

    public List<Imported> imported() {
        return List.copyOf(imported);
    }

    public List<Failed> failed() {
        return List.copyOf(failed);
    }

    public boolean ok() {
        return failed.isEmpty();
    }

    /** The report as a person reads it at the terminal. */
    public String format() {
        var out = new StringBuilder();
        for (var i : imported) {
            out.append(String.format("imported  %s%n          source %s: %d entities, %d relationships, %d claims (%d ms)%n",
                    i.file(), i.sourceId(), i.entities(), i.relationships(), i.claims(), i.millis()));
        }
        for (var f : skipped) {
            out.append(String.format("skipped   %s%n          %s%n", f.file(), f.errors().get(0)));
        }
        for (var f : failed) {
            out.append(String.format("FAILED    %s%n", f.file()));
            f.errors().forEach(e -> out.append("          ").append(e).append(System.lineSeparator()));
        }
        out.append(String.format("%d source%s imported (%d entities, %d relationships, %d claims), %d file%s failed%n",
                imported.size(), imported.size() == 1 ? "" : "s",
                imported.stream().mapToInt(Imported::entities).sum(),
                imported.stream().mapToInt(Imported::relationships).sum(),
                imported.stream().mapToInt(Imported::claims).sum(),
                failed.size(), failed.size() == 1 ? "" : "s"));
        return out.toString();
    }
}
