package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.entente.extract.gazetteer.Gazetteer;

/** The tokens of an annotated document, hyphenated names split into their parts. */
public final class Tokens {

    private Tokens() {
    }

    public static List<Token> of(CoreDocument doc, Gazetteer gazetteer) {
        var tokens = new ArrayList<Token>();
        var sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (var t : sentences.get(s).tokens()) {
                var word = t.word();
                var normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                var ner = t.ner() == null ? "O" : t.ner();
                if (word.indexOf('-') > 0 && splits(word, gazetteer)) {
                    int at = t.beginPosition();
                    for (var part : word.split("-")) {
                        if (!part.isEmpty()) {
                            tokens.add(new Token(tokens.size(), s, part, part, Character.isUpperCase(part.charAt(0)) ? "NNP" : "JJ",
                                    "O", null, at, at + part.length()));
                        }
                        at += part.length() + 1;
                    }
                    continue;
                }
                tokens.add(new Token(tokens.size(), s, word, t.lemma() == null ? word : t.lemma(), t.tag(), ner, normalized,
                        t.beginPosition(), t.endPosition()));
            }
        }
        return tokens;
    }

    /** "U.S.-Russian" and "pro-Moscow" split; "Al-Qaeda", "Non-Proliferation" and "al-Kuwaiti" (a name) stay whole. */
    private static boolean splits(String word, Gazetteer gazetteer) {
        if (!gazetteer.lookup(Gazetteer.key(word)).isEmpty() || word.matches("(?i)(al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-.*")) {
            return false;
        }
        for (var part : word.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !gazetteer.lookup(Gazetteer.key(part)).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
