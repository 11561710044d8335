package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;

import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;

/**
 * "The city", "the town", "the village": a settlement named by what it is, after a place was named in the same
 * sentence or the three before, is a mention of that place ("Coalition forces struck near Mosul. The city …").
 * Not when the phrase names its own place ("the city of Raqqah") or is a modifier ("the city council").
 */
public final class PlaceReferences {

    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village");

    private PlaceReferences() {
    }

    public static void resolve(Text text, Resolver.Result resolved) {
        var added = new ArrayList<Mention>();
        Mention last = null;
        int next = 0;
        var mentions = text.mentions;
        for (int i = 0; i + 1 < text.tokens.size(); i++) {
            while (next < mentions.size() && mentions.get(next).last() <= i) {
                var m = mentions.get(next++);
                if (m.entity() != null && m.entity().startsWith("place:") && resolved.entities().containsKey(m.entity())) {
                    last = m;
                }
            }
            var the = text.tokens.get(i);
            var noun = text.tokens.get(i + 1);
            if (!the.is("the") || !noun.pos().equals("NN") || !SETTLEMENTS.contains(noun.lemma().toLowerCase()) || noun.sentence() != the.sentence()
                    || last == null || noun.sentence() - last.sentence() > 3) {
                continue;
            }
            if (i + 2 < text.tokens.size() && text.tokens.get(i + 2).sentence() == noun.sentence()
                    && (text.tokens.get(i + 2).is("of") || text.tokens.get(i + 2).noun())) {
                continue; // "the city of Raqqah", "the city council"
            }
            var mention = new Mention(the.sentence(), i, i + 2, the.begin(), noun.end(), text.body(i, i + 2), "LOCATION", last.entity(), null);
            added.add(mention);
            resolved.entities().get(last.entity()).mentions.add(mention);
        }
        text.mentions.addAll(added);
        text.mentions.sort(Comparator.comparingInt(Mention::first));
    }
}
