package org.entente.ingest;

import java.nio.file.Path;

/**
 * A kind of file that {@code import} takes: Facts files, articles, GDELT event files. The importer asks each format,
 * in order, whether it takes a file (or uses the one the user named with {@code --format}) and hands the file over;
 * the format reads it and writes what it holds through the run, reporting into it. A new format is one more bean.
 */
public interface SourceFormat {

    /** Its name for {@code --format}: {@code facts}, {@code article}, {@code gdelt}. */
    String name();

    /** What files it takes, for messages: ".yaml, .yml, .json". */
    String files();

    /** Whether this looks like one of its files (by name, and where names are not enough, by the first line). */
    boolean accepts(Path file);

    /** Imports one file; problems go to the run's report, never out of here (one bad file costs only itself). */
    void importFile(Path file, ImportRun run);
}
