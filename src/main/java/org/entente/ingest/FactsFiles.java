package org.entente.ingest;

import java.nio.file.Path;
import java.util.List;

import org.entente.facts.FactsReader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Facts files (YAML or JSON, DESIGN §4), curated or saved from {@code extract}: validated whole, written as one source. */
@Component
@Order(1) // first: an article that has curated Facts in the same folder is covered by them
final class FactsFiles extends FilesByExtension {

    private final FactsReader reader = new FactsReader();

    FactsFiles() {
        super("facts", List.of(".yaml", ".yml", ".json"));
    }

    @Override
    public void importFile(Path file, ImportRun run) {
        run.write(file, () -> reader.read(file));
    }
}
