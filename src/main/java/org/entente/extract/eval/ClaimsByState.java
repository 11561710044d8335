package org.entente.extract.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.facts.Facts;

/**
 * Claims compared "by state": the three rules of the agreement study ({@code seeds/heldout/agreement/README.md}), under
 * which two human curators of the same text agree on 0.94–1.00 of their claims where the strict rule gives them
 * 0.375–0.50. Otherwise a claim matches as in the strict row of {@link CuratedComparison}: the same set of parties and
 * the same polarity, and (row "same sentence") evidence that overlaps the gold quote.
 * <ol>
 *   <li><b>Entities by name</b> ({@link EntityAlignment}): a predicted party, or {@code about} entity, is the gold entity
 *   of the same kind that shares a normalized name with it.</li>
 *   <li><b>{@code about} only when both name one</b>: when both claims name {@code about} entities they must share one;
 *   when either names none, {@code about} decides nothing, so the score no longer depends on which file is gold.
 *   How far the {@code about} lists agree is reported apart ({@link #about}).</li>
 *   <li><b>Parties folded to their state</b> ({@link StateFolding}): a government body {@code PART_OF} a state and an
 *   official who {@code WORKS_FOR}, {@code SPEAKS_FOR} or {@code LEADS} one count as that state, on both sides. The gold
 *   file's relationships decide first; for an entity they do not fold, the predicted file's own relationships do. The
 *   party set is a set, so a body beside its state ("the United States, the Treasury and the State Department") is
 *   one party.</li>
 * </ol>
 * Each rule only adds matches, so a score by state is never below the strict one on the same pair of files.
 */
final class ClaimsByState {

    private final EntityAlignment alignment;
    private final Map<String, String> states = new HashMap<>();

    ClaimsByState(Facts predicted, Facts gold) {
        alignment = EntityAlignment.of(predicted, gold);
        var byPrediction = new HashMap<String, Set<String>>();
        StateFolding.states(predicted).forEach((id, state) ->
                byPrediction.computeIfAbsent(alignment.gold(id), k -> new HashSet<>()).add(alignment.gold(state)));
        byPrediction.forEach((id, reached) -> {
            if (reached.size() == 1) {
                states.put(id, reached.iterator().next());
            }
        });
        states.putAll(StateFolding.states(gold));
    }

    EntityAlignment alignment() {
        return alignment;
    }

    boolean same(Facts.Claim p, Facts.Claim g, boolean sameSentence) {
        if (!predictedParties(p).equals(goldParties(g)) || CuratedComparison.polarity(p.kind()) != CuratedComparison.polarity(g.kind())) {
            return false;
        }
        var pa = predictedAbout(p);
        var ga = goldAbout(g);
        if (!pa.isEmpty() && !ga.isEmpty() && pa.stream().noneMatch(ga::contains)) {
            return false;
        }
        return !sameSentence || CuratedComparison.overlap(p.evidence(), g.evidence());
    }

    /**
     * How far the {@code about} lists of the claims matched by state agree, summed over the matched pairs: an entity in
     * both lists is a true positive, one only in the predicted list a false positive, one only in the gold list a false
     * negative (entities by name, not folded).
     */
    Score about(List<Facts.Claim> predicted, List<Facts.Claim> gold) {
        int[] owner = Matching.owners(predicted, gold, (p, g) -> same(p, g, false));
        var score = new Score(0, 0, 0);
        for (int g = 0; g < owner.length; g++) {
            if (owner[g] >= 0) {
                var pa = predictedAbout(predicted.get(owner[g]));
                var ga = goldAbout(gold.get(g));
                int both = (int) pa.stream().filter(ga::contains).count();
                score = score.plus(new Score(both, pa.size() - both, ga.size() - both));
            }
        }
        return score;
    }

    Set<String> predictedParties(Facts.Claim claim) {
        return claim.parties().stream().map(Facts.Party::id).filter(Objects::nonNull).map(alignment::gold).map(this::state)
                .collect(Collectors.toSet());
    }

    Set<String> goldParties(Facts.Claim claim) {
        return claim.parties().stream().map(Facts.Party::id).filter(Objects::nonNull).map(this::state).collect(Collectors.toSet());
    }

    private String state(String goldId) {
        return states.getOrDefault(goldId, goldId);
    }

    private Set<String> predictedAbout(Facts.Claim claim) {
        return claim.about() == null ? Set.of() : claim.about().stream().map(alignment::gold).collect(Collectors.toSet());
    }

    private static Set<String> goldAbout(Facts.Claim claim) {
        return claim.about() == null ? Set.of() : new HashSet<>(claim.about());
    }
}
