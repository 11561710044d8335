package org.entente.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.extract.cameo.CameoVerbs;
import org.entente.extract.cameo.DictionaryException;
import org.entente.extract.gazetteer.Gazetteer;
import picocli.CommandLine.Option;

/**
 * The dictionaries of the user's that the commands which extract take ({@code --actors}, {@code --verbs}), and the
 * extractor built on them. A picocli mixin, so that {@code extract} and {@code evaluate} read them alike.
 */
public final class DictionaryOptions {

    @Option(names = "--actors", paramLabel = "FILE", description = "an actor dictionary of your own (PETRARCH .actors or "
            + ".agents, or the gazetteer's YAML), added to the gazetteer; repeatable")
    public List<Path> actors = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE", description = "a CAMEO verb dictionary of your own in PETRARCH's format, "
            + "used instead of the shipped one (the cue table then stays silent)")
    public Path verbs;

    /** The extractor on these dictionaries; a dictionary with a mistake gives a message naming its file (and line). */
    public Extractor extractor() {
        try {
            return new Extractor(Gazetteer.withActors(actors), verbs == null ? CameoVerbs.shared() : CameoVerbs.read(verbs));
        } catch (DictionaryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The extractor on these dictionaries, or {@code null} after telling the user on stderr what is wrong with one
     * ("entente {@code command}: FILE line N: …"), for a command to exit with 1.
     */
    public Extractor extractorOrReport(String command) {
        try {
            return extractor();
        } catch (IllegalArgumentException e) {
            System.err.println("entente " + command + ": " + e.getMessage());
            return null;
        }
    }
}
