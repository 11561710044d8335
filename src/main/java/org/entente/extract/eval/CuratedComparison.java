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
 * Extracted Facts against curated Facts of the same article. The strict rows: entities match by id (per kind);
 * structural relationships by type and endpoints (MET in either direction); claims by the same set of party ids, the
 * same polarity (agreement/cooperation, disagreement/conflict, or neither) and an overlapping {@code about} entity when
 * the curated claim names any — and, in the "same sentence" row, evidence that overlaps the curated quote in the
 * article; the "sides" row asks as well that the parties stand on the same sides (who stands with whom, which the
 * graph's stance edges are built from). The rows "by name" and "by state" score the same Facts with the agreement study's rules
 * ({@code seeds/heldout/agreement/README.md}): entities by id or shared name ({@link EntityAlignment}), and claims as in
 * {@link ClaimsByState} (ids by name, {@code about} only when both claims name one, parties folded to their state),
 * with how far the matched claims' {@code about} lists agree as a row of its own.
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
        rows.put("claims (sides)", Score.of(Matching.count(extracted.claims(), curated.claims(),
                (p, g) -> same(p, g, false) && sides(p).equals(sides(g))), extracted.claims().size(), curated.claims().size()));
        var byState = new ClaimsByState(extracted, curated);
        var alignment = byState.alignment();
        rows.put("entities: all (by name)", Score.of(Matching.count(extracted.entities(), curated.entities(), alignment::same),
                extracted.entities().size(), curated.entities().size()));
        rows.put("relationships (by name)", Score.of(Matching.count(extracted.relationships(), curated.relationships(),
                (p, g) -> same(renamed(p, alignment), g)), extracted.relationships().size(), curated.relationships().size()));
        rows.put("claims (by state)", Score.of(Matching.count(extracted.claims(), curated.claims(), (p, g) -> byState.same(p, g, false)),
                extracted.claims().size(), curated.claims().size()));
        rows.put("claims (by state, same sentence)", Score.of(Matching.count(extracted.claims(), curated.claims(),
                (p, g) -> byState.same(p, g, true)), extracted.claims().size(), curated.claims().size()));
        rows.put("about of claims (by state)", byState.about(extracted.claims(), curated.claims()));
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
        return !sameSentence || overlap(p.evidence(), g.evidence());
    }

    /** Whether two pieces of evidence overlap in the article (both placed by their offsets). */
    static boolean overlap(Facts.Evidence pe, Facts.Evidence ge) {
        return pe != null && ge != null && pe.start() != null && ge.start() != null && pe.start() < ge.end() && ge.start() < pe.end();
    }

    private static Facts.Relationship renamed(Facts.Relationship r, EntityAlignment alignment) {
        return new Facts.Relationship(r.id(), r.type(), alignment.gold(r.from()), alignment.gold(r.to()), r.properties(),
                r.evidence(), r.confidence());
    }

    /**
     * Who stands with whom in a claim: its parties grouped by side ("The United States and Japan oppose China's claims":
     * {United States, Japan} and {China}), which the graph's AGREES_WITH and DISAGREES_WITH edges are built from.
     */
    static Set<Set<String>> sides(Facts.Claim claim) {
        var bySide = new LinkedHashMap<String, Set<String>>();
        var before = new java.util.ArrayList<Facts.Party>();
        for (var p : claim.parties()) {
            // a side not given is the one reading the Facts would give it (the extractor leaves some to the reader)
            var side = p.side() != null ? p.side() : Facts.Party.defaultSide(claim.kind(), p.id(), p.role(), before);
            bySide.computeIfAbsent(side, k -> new java.util.HashSet<>()).add(p.id());
            before.add(p);
        }
        return Set.copyOf(bySide.values());
    }

    private static Set<String> parties(Facts.Claim claim) {
        return claim.parties().stream().map(Facts.Party::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static int polarity(String kind) {
        return ClaimRules.polarity(kind);
    }
}
