package org.entente.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.entente.facts.FactsReader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Facts files (YAML or JSON, DESIGN §4), curated or saved from {@code extract}: validated whole, written as one source. */
@Component
@Order(1) // first: an article that has curated Facts in the same folder is covered by them
final class FactsFiles implements SourceFormat {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final FactsReader reader = new FactsReader();

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public String files() {
        return String.join(", ", EXTENSIONS);
    }

    @Override
    public boolean accepts(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    @Override
    public void importFile(Path file, ImportRun run) {
        run.write(file, () -> reader.read(file));
    }
}
