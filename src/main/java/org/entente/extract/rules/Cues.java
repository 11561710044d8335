package org.entente.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.entente.extract.mentions.Token;

/** The claim cues of {@code extract/cues.txt}: lemma sequences with a claim kind, a CAMEO code and a Goldstein score. */
final class Cues {

    record Cue(String[] lemmas, String kind, String cameo, double goldstein) {
    }

    /** A cue found at tokens [first, last). */
    record Hit(Cue cue, int first, int last) {
    }

    private static final List<Cue> ALL = load();

    private Cues() {
    }

    /** Every cue of the table, in its order. */
    static List<Cue> all() {
        return ALL;
    }

    /** Cues in tokens [from, to), longest first at each place, not overlapping. */
    static List<Hit> find(List<Token> tokens, int from, int to) {
        var hits = new ArrayList<Hit>();
        for (int i = from; i < to; i++) {
            Hit best = null;
            for (var cue : ALL) {
                int n = cue.lemmas.length;
                if (i + n <= to && (best == null || n > best.last() - best.first()) && matches(cue, tokens, i)) {
                    best = new Hit(cue, i, i + n);
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.last() - 1;
            }
        }
        return hits;
    }

    private static boolean matches(Cue cue, List<Token> tokens, int at) {
        for (int k = 0; k < cue.lemmas.length; k++) {
            var t = tokens.get(at + k);
            if (!t.lemma().equalsIgnoreCase(cue.lemmas[k]) && !t.word().equalsIgnoreCase(cue.lemmas[k])) {
                return false;
            }
        }
        // a cue is a common word, not part of a name ("Strategic Arms Reduction Treaty", "White House")
        return !tokens.get(at).pos().startsWith("NNP") || tokens.get(at).lemma().equals(tokens.get(at).lemma().toLowerCase());
    }

    private static List<Cue> load() {
        try (InputStream in = Cues.class.getResourceAsStream("/extract/cues.txt")) {
            var cues = new ArrayList<Cue>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cols = line.trim().split("\\s{2,}");
                cues.add(new Cue(cols[0].split(" "), cols[1], cols[2], Double.parseDouble(cols[3])));
            }
            return List.copyOf(cues);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read extract/cues.txt from the classpath", e);
        }
    }
}
