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

    /**
     * The event noun of this lemma as a noun before it qualifies it ("visa restriction": {@code visa_restriction},
     * restricting exchanges with a target, 163, where a bare "restriction" is 172), else as the lemma alone.
     */
    public static Noun of(String lemma, java.util.Collection<String> qualifiers) {
        for (var q : qualifiers) {
            var qualified = NOUNS.get((q + "_" + lemma).toLowerCase(Locale.ROOT));
            if (qualified != null) {
                return qualified;
            }
        }
        return of(lemma);
    }

    /**
     * The code of a noun whose target is itself an event of another kind ("restrictions on assistance to Eritrea": on
     * aid, 162, reducing material aid), from the lines {@code lemma/root} (the inner event's two-digit CAMEO root);
     * else the noun's own code.
     */
    public static String code(Noun noun, Noun inner) {
        var within = inner == null ? null : NOUNS.get(noun.lemma() + "/" + inner.code().substring(0, 2));
        return within != null ? within.code() : noun.code();
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
