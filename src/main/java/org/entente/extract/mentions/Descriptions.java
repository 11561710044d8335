package org.entente.extract.mentions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * Definite descriptions of an entity the article has named — so far a state's armed forces: "The Malian military seized
 * power … the United States urged the junta to release the president" — "the junta" is the Malian Armed Forces. A
 * description takes the entity of its kind named last before it; where none was named, it stays an actor phrase that
 * names no one.
 */
public final class Descriptions {

    /** What an article calls a state's armed forces once it has named them: "the military", "the junta". */
    private static final Set<String> ARMED_FORCES = Set.of("military", "army", "armed forces", "junta", "military junta");

    private Descriptions() {
    }

    /**
     * Whether words, without their article, are what an article calls a state's armed forces once named ("military",
     * "junta"): with no armed forces named before, whose they are the words do not say, and they are no group of their own.
     */
    public static boolean armedForces(String words) {
        return ARMED_FORCES.contains(words.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
    }

    /**
     * Resolves the descriptions among {@code mentions} (sorted by position) in place, and adds each to its entity's
     * draft in {@code entities}.
     */
    public static void resolve(List<Mention> mentions, Gazetteer gazetteer, Map<String, Draft> entities) {
        String armedForces = null; // the armed forces named last
        for (int i = 0; i < mentions.size(); i++) {
            var m = mentions.get(i);
            if (m.entity() != null) {
                if (gazetteer.byId(m.entity()).filter(e -> "armed forces".equals(e.properties().get("orgType"))).isPresent()) {
                    armedForces = m.entity();
                }
            } else if (armedForces != null && m.category().equals("ORGANIZATION") && m.text().matches("(?i)the\\s.*")
                    && armedForces(Token.withoutArticle(m.text()))) {
                var resolved = m.resolved(armedForces, m.category());
                mentions.set(i, resolved);
                var draft = entities.get(armedForces);
                if (draft != null) {
                    draft.mentions.add(resolved);
                }
            }
        }
    }
}
