package org.entente.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.EntenteApplication;
import org.entente.explore.resolve.AmbiguousReferenceException;
import org.entente.explore.resolve.EntityNotFoundException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code entente export --format graphml|csv|json [--entity X [--hops N]] [--since DATE] [--until DATE] [--out FILE]}:
 * the graph, or an entity's subgraph, written as it is read (no bound, unlike the API). The store is opened as the
 * import command opens it, so the server must be stopped (or pointed elsewhere with NEO4J_URI). A file is written
 * beside its name and moved into place when whole, so a failed export leaves no half file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph, or the subgraph around an entity, as GraphML (Gephi, yEd), CSV (a zip of "
                + "nodes.csv, edges.csv, claims.csv, claim_links.csv) or JSON; every claim with its quote and source.")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, csv or json")
    String format;

    @Option(names = "--entity", paramLabel = "NAME", description = "only the subgraph around this entity (id, name or alias)")
    String entity;

    @Option(names = "--hops", paramLabel = "N", description = "how far from --entity: 1 to 3 (default 1)")
    Integer hops;

    @Option(names = "--since", paramLabel = "DATE", description = "only claims dated on or after yyyy[-MM[-dd]]")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only claims dated on or before yyyy[-MM[-dd]]")
    String until;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
    Path out;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            System.err.println("entente export: " + e.getMessage());
            return 2;
        }
        if (out == null && chosen == ExportFormat.CSV && System.console() != null) {
            System.err.println("entente export: a zip is no text for a terminal: give --out FILE or redirect the output");
            return 2;
        }
        try (var context = EntenteApplication.command(springArgs,
                // a full export of a large store reads for longer than a question may
                Map.of("entente.query-timeout", "6h"))) {
            var exporter = context.getBean(Exporter.class);
            long began = System.nanoTime();
            var selection = exporter.select(entity, hops, since, until, Long.MAX_VALUE);
            var counts = out == null ? write(exporter, selection, chosen, System.out) : write(exporter, selection, chosen, out);
            System.err.printf("exported %d entities, %d relationships and %d claims as %s%s in %.1f s%n", counts.entities(),
                    counts.relationships(), counts.claims(), format.strip().toLowerCase(java.util.Locale.ROOT),
                    out == null ? "" : " to " + out, (System.nanoTime() - began) / 1e9);
            return 0;
        } catch (IllegalArgumentException | EntityNotFoundException | AmbiguousReferenceException e) {
            System.err.println("entente export: " + e.getMessage());
            return 2;
        } catch (RuntimeException | IOException e) {
            System.err.println("entente export: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    private static Exporter.Counts write(Exporter exporter, Exporter.Selection selection, ExportFormat format,
                                         OutputStream stream) {
        var buffered = new BufferedOutputStream(stream, 1 << 16);
        var counts = exporter.export(selection, format, buffered);
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return counts;
    }

    private static Exporter.Counts write(Exporter exporter, Exporter.Selection selection, ExportFormat format, Path file)
            throws IOException {
        var dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // beside the file, so the move is a rename; made as any new file is (not owner-only, as a temporary file is)
        var partial = dir.resolve("." + file.getFileName() + ".part");
        try {
            Exporter.Counts counts;
            try (var stream = Files.newOutputStream(partial)) {
                counts = write(exporter, selection, format, stream);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
