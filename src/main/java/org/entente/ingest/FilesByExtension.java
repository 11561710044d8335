package org.entente.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A format whose files are known by their extension alone (Facts files, articles). */
abstract class FilesByExtension implements SourceFormat {

    private final String name;
    private final List<String> extensions;

    FilesByExtension(String name, List<String> extensions) {
        this.name = name;
        this.extensions = List.copyOf(extensions);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String files() {
        return String.join(", ", extensions);
    }

    @Override
    public boolean accepts(Path file) {
        var fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(fileName::endsWith);
    }
}
