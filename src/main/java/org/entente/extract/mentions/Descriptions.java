package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        return ARMED_FORCES.contains(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /**
     * What an article calls a treaty once it has named it: the words that make a treaty's name ({@link
     * MentionFinder#TREATY_WORDS}) but a plan or a framework, and "deal" ("the agreement", "the accord", "this deal").
     */
    private static final Set<String> TREATY_WORDS = Stream.concat(
            MentionFinder.TREATY_WORDS.stream().filter(w -> !w.equals("plan") && !w.equals("framework")), Stream.of("deal"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "The Treaty of Asunción … the treaty", "the Joint Comprehensive Plan of Action … the deal": "the" (or "this") and a
     * treaty word, in the singular, is a mention of the treaty the article named last before it, one of the same word if
     * it named one ("the Memorandum of Cooperation … the Paris Agreement … the memorandum"). Not where words after it say
     * which ("the agreement on fisheries", "the treaty between them"), nor before any treaty is named. Adds the mentions to
     * {@code mentions}, sorted, and to their treaties' drafts (not as names of them).
     */
    public static void treaties(List<Token> tokens, String body, List<Mention> mentions, Map<String, Draft> entities) {
        var added = new ArrayList<Mention>();
        var taken = new boolean[tokens.size()];
        mentions.forEach(m -> Arrays.fill(taken, m.first(), Math.min(m.last(), tokens.size()), true));
        int next = 0;
        var named = new ArrayList<Mention>(); // the treaties named so far, in order
        for (int i = 1; i < tokens.size(); i++) {
            while (next < mentions.size() && mentions.get(next).first() < i) {
                var m = mentions.get(next++);
                if (m.entity() != null && m.category().equals("TREATY") && m.entity().startsWith("treaty:")) {
                    named.add(m);
                }
            }
            var t = tokens.get(i);
            var word = t.word().toLowerCase(Locale.ROOT);
            if (taken[i] || named.isEmpty() || !TREATY_WORDS.contains(word) || !tokens.get(i - 1).is("the", "this")
                    || tokens.get(i - 1).sentence() != t.sentence() || taken[i - 1]
                    || i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()
                        && tokens.get(i + 1).is("on", "between", "with", "of", "to", "for", "signed", "reached")) {
                continue;
            }
            Mention treaty = named.get(named.size() - 1);
            for (int k = named.size() - 1; k >= 0; k--) {
                if (Arrays.asList(named.get(k).text().toLowerCase(Locale.ROOT).split("\\W+")).contains(word)) {
                    treaty = named.get(k);
                    break;
                }
            }
            var the = tokens.get(i - 1);
            var mention = new Mention(t.sentence(), i - 1, i + 1, the.begin(), t.end(), body.substring(the.begin(), t.end()), "TREATY",
                    treaty.entity(), treaty.via());
            added.add(mention);
            var draft = entities.get(treaty.entity());
            if (draft != null) {
                draft.mentions.add(mention);
            }
        }
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(Mention::first));
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
