package org.entente.extract.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Nouns that name an event ("Beijing's crackdown in Hong Kong", "the agreement between ECOWAS and Mali"), their CAMEO
 * code and the prepositions that introduce whom the event is done to, read from {@code extract/event-nouns.txt}.
 */
public final class EventNouns {

    /** One noun: its CAMEO code and its target prepositions ("on", "against" …). */
    public record Noun(String lemma, String code, Set<String> targets) {
    }

    private static final Map<String, Noun> NOUNS = load();

    private EventNouns() {
    }

    /** The event noun of this lemma, or {@code null}. */
    public static Noun of(String lemma) {
        return NOUNS.get(lemma.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Noun> load() {
        try (InputStream in = EventNouns.class.getResourceAsStream("/extract/event-nouns.txt")) {
            var nouns = new HashMap<String, Noun>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cols = line.trim().split("\\s+");
                nouns.put(cols[0], new Noun(cols[0], cols[1], Set.of(cols[2].split(","))));
            }
            return Map.copyOf(nouns);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read extract/event-nouns.txt from the classpath", e);
        }
    }
}
