package org.entente.ingest.exported;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.entente.facts.Facts;
import org.entente.facts.FactsReader;
import org.entente.facts.InvalidFactsException;
import org.entente.ingest.ImportRun;
import org.entente.ingest.SourceFormat;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An entente export in JSON ({@code GET /api/export?format=json}, {@code entente export --format json}), imported
 * again: known by its top-level {@code "format": "entente-export"}, read whole, turned into one Facts source per source
 * it names, every source validated before any is written, then each written like a Facts file (one source, one
 * transaction), so importing it twice changes nothing. A file that is truncated or does not validate writes nothing.
 * The export has no article text, so quotes are not checked against it: the sentence and offsets it holds are kept.
 */
@Component
@Order(0) // before Facts files: an export is a .json file too
public final class ExportFiles implements SourceFormat {

    private static final Pattern SHAPE = Pattern.compile("\\A\\s*\\{\\s*\"format\"\\s*:\\s*\"" + ExportedSources.FORMAT + "\"");

    private final FactsReader reader = new FactsReader();

    @Override
    public String name() {
        return "export-json";
    }

    @Override
    public String files() {
        return ".json exports of entente";
    }

    @Override
    public boolean accepts(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SHAPE.matcher(new String(in.readNBytes(256), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void importFile(Path file, ImportRun run) {
        List<Facts> sources;
        try {
            sources = ExportedSources.read(file);
        } catch (ExportedSources.BadExportException e) {
            run.report().failed(file.toString(), List.of(e.getMessage()));
            return;
        }
        var valid = new ArrayList<Facts>();
        var problems = new ArrayList<String>();
        for (var facts : sources) {
            var name = file + " (source " + facts.source().id() + ")";
            try {
                valid.add(reader.validate(name, facts, null));
            } catch (InvalidFactsException e) {
                e.problems().forEach(p -> problems.add(p.describe(name)));
            }
        }
        if (!problems.isEmpty()) {
            problems.add(file + ": nothing of the file was imported");
            run.report().failed(file.toString(), problems);
            return;
        }
        for (var facts : valid) {
            run.write(Path.of(file + "#" + facts.source().id()), () -> facts);
        }
    }
}
