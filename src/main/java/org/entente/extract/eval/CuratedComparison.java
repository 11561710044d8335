package org.entente.extract.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.extract.rules.ClaimRules;
import org.entente.facts.Facts;

/**
 * Extracted Facts against curated Facts of the same article. Entities match by id (per kind); structural
 * relationships by type and endpoints (MET in either direction); claims by the same set of parties, the same polarity
 * (agreement/cooperation, disagreement/conflict, or neither) and an overlapping {@code about} entity when the curated
 * claim names any — and, in the strict row, evidence that overlaps the curated quote in the article.
 */
public final class CuratedComparison {

    private CuratedComparison() {
    }

    public static Map<String, Score> compare(Facts extracted, Facts curated) {
        var rows = new LinkedHashMap<String, Score>();
        var kinds = new java.util.TreeSet<String>();
        curated.entities().forEach(e -> kinds.add(e.kind()));
        extracted.entities().forEach(e -> kinds.add(e.kind()));
        Score all = new Score(0, 0, 0);
        for (var kind : kinds) {
            var gold = ids(curated.entities(), kind);
            var predicted = ids(extracted.entities(), kind);
            var score = Score.of((int) predicted.stream().filter(gold::contains).count(), predicted.size(), gold.size());
            rows.put("entities: " + kind, score);
            all = all.plus(score);
        }
        rows.put("entities: all", all);
        rows.put("relationships", Score.of(Matching.count(extracted.relationships(), curated.relationships(), CuratedComparison::same),
                extracted.relationships().size(), curated.relationships().size()));
        rows.put("claims", Score.of(Matching.count(extracted.claims(), curated.claims(), (p, g) -> same(p, g, false)),
                extracted.claims().size(), curated.claims().size()));
        rows.put("claims (same sentence)", Score.of(Matching.count(extracted.claims(), curated.claims(), (p, g) -> same(p, g, true)),
                extracted.claims().size(), curated.claims().size()));
        return rows;
    }

    private static Set<String> ids(List<Facts.Entity> entities, String kind) {
        return entities.stream().filter(e -> e.kind().equals(kind)).map(Facts.Entity::id).collect(Collectors.toSet());
    }

    private static boolean same(Facts.Relationship p, Facts.Relationship g) {
        if (!p.type().equals(g.type())) {
            return false;
        }
        boolean direct = p.from().equals(g.from()) && p.to().equals(g.to());
        return direct || (p.type().equals("MET") && p.from().equals(g.to()) && p.to().equals(g.from()));
    }

    static boolean same(Facts.Claim p, Facts.Claim g, boolean sameSentence) {
        if (!parties(p).equals(parties(g)) || polarity(p.kind()) != polarity(g.kind())) {
            return false;
        }
        if (!g.about().isEmpty() && g.about().stream().noneMatch(p.about()::contains)) {
            return false;
        }
        if (!sameSentence) {
            return true;
        }
        var pe = p.evidence();
        var ge = g.evidence();
        return pe.start() != null && ge.start() != null && pe.start() < ge.end() && ge.start() < pe.end();
    }

    private static Set<String> parties(Facts.Claim claim) {
        return claim.parties().stream().map(Facts.Party::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static int polarity(String kind) {
        return ClaimRules.polarity(kind);
    }
}
