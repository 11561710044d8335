package org.entente.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.entente.extract.eval.MentionMatching.Span;
import org.entente.extract.eval.Re3dData.Doc;
import org.entente.extract.eval.Re3dData.Relation;
import org.entente.extract.rules.ClaimRules;
import org.entente.facts.Facts;

/**
 * re3d's agreement and disagreement relations, found by the claims of the Facts or by a keyword baseline. A gold
 * relation is found by a prediction of the same polarity whose sentence holds both gold spans and whose two ends
 * stand on them, in either order; one-to-one ({@link Matching}).
 */
final class Re3dRelations {

    /** Lemmas that make a sentence one of agreement or disagreement between the names in it, for the baseline. */
    private static final Set<String> AGREE = Set.of("ally", "alliance", "partner", "partnership", "support", "cooperate",
            "cooperation", "agree", "agreement", "assist", "help", "train", "advise", "welcome", "praise", "join", "friend");
    private static final Set<String> DISAGREE = Set.of("fight", "attack", "strike", "kill", "oppose", "condemn", "clash", "combat",
            "enemy", "against", "target", "destroy", "battle", "war", "threat", "sanction", "criticize", "accuse");

    /** Two ends (entity ids, or spans for the baseline), a polarity and the sentence(s) it was read in. */
    private record Predicted<T>(T a, T b, int polarity, int from, int to) {
    }

    private Re3dRelations() {
    }

    /**
     * The claims of the Facts: each pair of parties of an agreement/cooperation (+1) or disagreement/conflict (-1)
     * claim. A gold end stands for the entity whose mention matched the gold mention on it; an end that is no scored
     * gold mention (another type, low confidence) stands for the entity mentioned most on it.
     */
    static Score ofClaims(Doc d, Facts facts, List<Span> predicted, List<String> entities, int[] owner, CoreDocument sentences) {
        var pairs = new ArrayList<Predicted<String>>();
        for (var c : facts.claims()) {
            int polarity = ClaimRules.polarity(c.kind());
            if (polarity == 0 || c.evidence().start() == null) {
                continue;
            }
            int[] sentence = sentenceOf(sentences, c.evidence().start(), c.evidence().end());
            var ids = c.parties().stream().map(Facts.Party::id).distinct().toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(new Predicted<>(ids.get(i), ids.get(j), polarity, sentence[0], sentence[1]));
                }
            }
        }
        int found = Matching.count(pairs, d.relations(), (p, g) -> p.polarity == g.polarity() && within(p, g) && ends(p,
                entityAt(g.source(), d, predicted, entities, owner), entityAt(g.target(), d, predicted, entities, owner)));
        return Score.of(found, pairs.size(), d.relations().size());
    }

    /** The baseline: every two NER names in a sentence whose agreement and disagreement words do not tie. */
    static Score ofKeywords(Doc d, CoreDocument bare) {
        var pairs = new ArrayList<Predicted<Span>>();
        for (var s : bare.sentences()) {
            int polarity = Long.signum(count(s, AGREE) - count(s, DISAGREE));
            var names = s.entityMentions().stream().filter(m -> MentionMatching.scored(m.entityType()))
                    .map(m -> new Span(m.charOffsets().first(), m.charOffsets().second(), m.entityType())).toList();
            for (int i = 0; polarity != 0 && i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (!text(d, names.get(i)).equalsIgnoreCase(text(d, names.get(j)))) {
                        pairs.add(new Predicted<>(names.get(i), names.get(j), polarity, s.charOffsets().first(), s.charOffsets().second()));
                    }
                }
            }
        }
        int found = Matching.count(pairs, d.relations(), (p, g) -> p.polarity == g.polarity() && within(p, g)
                && (p.a.overlap(g.source()) > 0 && p.b.overlap(g.target()) > 0 || p.a.overlap(g.target()) > 0 && p.b.overlap(g.source()) > 0));
        return Score.of(found, pairs.size(), d.relations().size());
    }

    private static long count(CoreSentence s, Set<String> lemmas) {
        return s.tokens().stream().filter(t -> t.lemma() != null && lemmas.contains(t.lemma().toLowerCase())).count();
    }

    private static String text(Doc d, Span span) {
        return d.text().substring(span.start(), span.end());
    }

    private static boolean ends(Predicted<String> p, String a, String b) {
        return a != null && b != null && (p.a.equals(a) && p.b.equals(b) || p.a.equals(b) && p.b.equals(a));
    }

    private static boolean within(Predicted<?> p, Relation g) {
        return p.from <= Math.min(g.source().start(), g.target().start()) && Math.max(g.source().end(), g.target().end()) <= p.to;
    }

    /** The sentences a claim's evidence stands in, so that a claim quoting a clause still holds its whole sentence. */
    private static int[] sentenceOf(CoreDocument doc, int start, int end) {
        int from = start;
        int to = end;
        for (var s : doc.sentences()) {
            int ss = s.charOffsets().first();
            int se = s.charOffsets().second();
            if (ss < end && start < se) {
                from = Math.min(from, ss);
                to = Math.max(to, se);
            }
        }
        return new int[] {from, to};
    }

    private static String entityAt(Span end, Doc d, List<Span> predicted, List<String> entities, int[] owner) {
        for (int g = 0; g < d.mentions().size(); g++) {
            var gold = d.mentions().get(g);
            if (gold.start() == end.start() && gold.end() == end.end()) {
                return owner[g] >= 0 ? entities.get(owner[g]) : null;
            }
        }
        String best = null;
        int most = 0;
        for (int p = 0; p < predicted.size(); p++) {
            int overlap = predicted.get(p).overlap(end);
            if (overlap > most) {
                most = overlap;
                best = entities.get(p);
            }
        }
        return best;
    }
}
