package org.entente.extract.mentions;

import java.util.List;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * A treaty still being negotiated has no name yet: "a new nuclear arms reduction deal", "an agreement replacing
 * START". When the article names a treaty whose successor the gazetteer knows, and that successor was not yet signed
 * when the article appeared, such phrases are mentions of the successor (New START, in an article of April 2009).
 */
public final class Successors {

    private static final Set<String> AGREEMENT_NOUNS = Set.of("deal", "treaty", "agreement", "pact", "accord");
    private static final Set<String> REPLACING = Set.of("replace", "replacing", "succeed", "successor", "follow-on");

    private Successors() {
    }

    public static void find(List<Token> tokens, String body, Gazetteer gazetteer, String published, Resolver.Result resolved,
                     List<Mention> mentions) {
        Gazetteer.Entry successor = null;
        var subject = new java.util.HashSet<String>();
        for (var draft : resolved.entities().values()) {
            if (draft.kind.equals("Treaty")) {
                for (var candidate : gazetteer.successorsOf(draft.id)) {
                    var signed = (String) candidate.properties().get("signed");
                    if (published != null && (signed == null || signed.compareTo(published) > 0)) {
                        successor = candidate;
                        // what the treaty is about, in its own words: "Strategic Arms Reduction Treaty" → arms, reduction …
                        for (var word : (draft.name + " " + candidate.name()).toLowerCase().split("[^a-z]+")) {
                            if (word.length() > 3 && !Set.of("treaty", "agreement", "strategic", "new").contains(word)) {
                                subject.add(word);
                            }
                        }
                    }
                }
            }
        }
        if (successor == null) {
            return;
        }
        var index = new MentionIndex(tokens, mentions);
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (!t.noun() || !AGREEMENT_NOUNS.contains(t.lemma().toLowerCase()) || index.covered(i)) {
                continue;
            }
            int first = i;
            boolean isNew = false;
            boolean onSubject = false;
            while (first > 0 && tokens.get(first - 1).sentence() == t.sentence()
                    && (tokens.get(first - 1).pos().matches("JJ|VBN|NN|NNS") || tokens.get(first - 1).is("new"))) {
                isNew |= tokens.get(first - 1).is("new");
                onSubject |= subject.contains(tokens.get(first - 1).lemma().toLowerCase());
                first--;
            }
            // "a new nuclear arms reduction deal" is the new START; "a new gas deal" is not
            isNew &= onSubject;
            boolean replacing = i + 1 < tokens.size() && REPLACING.contains(tokens.get(i + 1).word().toLowerCase())
                    || i + 2 < tokens.size() && tokens.get(i + 1).is("to") && REPLACING.contains(tokens.get(i + 2).lemma().toLowerCase());
            if (!isNew && !replacing) {
                continue;
            }
            var start = tokens.get(first);
            var mention = new Mention(t.sentence(), first, i + 1, start.begin(), t.end(), body.substring(start.begin(), t.end()),
                    "TREATY", successor.id(), null);
            mentions.add(mention);
            var entry = successor;
            resolved.entities().computeIfAbsent(entry.id(), id -> {
                var draft = new Draft(id, "Treaty", entry.name(), entry);
                draft.properties.remove("signed");
                draft.properties.remove("inForce");
                draft.properties.remove("expires");
                draft.properties.put("status", "proposed");
                return draft;
            }).mentions.add(mention);
        }
    }

}
