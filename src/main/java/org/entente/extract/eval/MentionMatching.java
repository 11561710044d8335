package org.entente.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicted mentions against gold ones, as a reader would compare them: a prediction matches a gold mention when the
 * spans overlap and its type may stand for the gold type ({@link #COMPATIBLE}), and each gold and each predicted
 * mention is used at most once, the largest overlaps first. Overlap rather than the same words, because where a name
 * starts is a matter of taste ("the Kurdish YPG" or "Kurdish YPG", "Defense Secretary Ash Carter" or "Ash Carter")
 * and re3d itself marks it both ways.
 */
final class MentionMatching {

    /** A mention as [start, end) character offsets with its type: a Facts kind, a CoreNLP NER tag or a re3d type. */
    record Span(int start, int end, String type) {

        int overlap(Span other) {
            return Math.min(end, other.end) - Math.max(start, other.start);
        }
    }

    /** The gold types scored (re3d's), in the order of the table. */
    static final List<String> GOLD_TYPES = List.of("Person", "Organisation", "Location", "Nationality");

    /**
     * The one table of which re3d types a predicted type may match; an unmatched prediction counts against the first.
     * A Country is named as a place ("in Syria"), as an actor ("Syria rejected") and by its demonym ("Syrian"), which
     * re3d files as Location, Organisation and Nationality. Treaty and Event have no re3d type, nor have CoreNLP's MISC,
     * DATE or TITLE: they are left out, neither right nor wrong. CoreNLP's tags are read like the Facts kinds.
     */
    static final Map<String, List<String>> COMPATIBLE = Map.ofEntries(
            // Facts kinds
            Map.entry("Person", List.of("Person")),
            Map.entry("Organization", List.of("Organisation")),
            Map.entry("Country", List.of("Location", "Organisation", "Nationality")),
            Map.entry("Place", List.of("Location")),
            // CoreNLP NER tags (fine-grained), for the baseline
            Map.entry("PERSON", List.of("Person")),
            Map.entry("ORGANIZATION", List.of("Organisation")),
            Map.entry("COUNTRY", List.of("Location", "Organisation", "Nationality")),
            Map.entry("LOCATION", List.of("Location")),
            Map.entry("CITY", List.of("Location")),
            Map.entry("STATE_OR_PROVINCE", List.of("Location")),
            Map.entry("NATIONALITY", List.of("Nationality")));

    private MentionMatching() {
    }

    static boolean scored(String predictedType) {
        return COMPATIBLE.containsKey(predictedType);
    }

    static boolean compatible(String predictedType, String goldType) {
        return COMPATIBLE.getOrDefault(predictedType, List.of()).contains(goldType);
    }

    /** For each gold mention, the index of the prediction matched to it, or -1: overlapping, compatible, one-to-one. */
    static int[] match(List<Span> predicted, List<Span> gold) {
        var pairs = new ArrayList<int[]>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                int overlap = predicted.get(p).overlap(gold.get(g));
                if (overlap > 0 && compatible(predicted.get(p).type(), gold.get(g).type())) {
                    pairs.add(new int[] {p, g, overlap});
                }
            }
        }
        // the largest overlap first; among equals, the earlier prediction and the earlier gold mention
        pairs.sort(Comparator.<int[]>comparingInt(x -> -x[2]).thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        int[] owner = new int[gold.size()];
        Arrays.fill(owner, -1);
        var used = new boolean[predicted.size()];
        for (var pair : pairs) {
            if (!used[pair[0]] && owner[pair[1]] < 0) {
                used[pair[0]] = true;
                owner[pair[1]] = pair[0];
            }
        }
        return owner;
    }

    /**
     * Scores per gold type and for all ({@code "all"} last): a match counts for its gold mention's type, an unmatched
     * prediction against the first type its own may match (an unmatched Country is a false Location); predictions of a
     * type with no re3d counterpart are left out.
     */
    static Map<String, Score> score(List<Span> predicted, List<Span> gold) {
        var kept = predicted.stream().filter(p -> scored(p.type())).toList();
        int[] owner = match(kept, gold);
        var matched = new boolean[kept.size()];
        var rows = new LinkedHashMap<String, Score>();
        GOLD_TYPES.forEach(t -> rows.put(t, new Score(0, 0, 0)));
        for (int g = 0; g < gold.size(); g++) {
            boolean found = owner[g] >= 0;
            if (found) {
                matched[owner[g]] = true;
            }
            rows.merge(gold.get(g).type(), new Score(found ? 1 : 0, 0, found ? 0 : 1), Score::plus);
        }
        for (int p = 0; p < kept.size(); p++) {
            if (!matched[p]) {
                rows.merge(COMPATIBLE.get(kept.get(p).type()).get(0), new Score(0, 1, 0), Score::plus);
            }
        }
        rows.put("all", rows.values().stream().reduce(new Score(0, 0, 0), Score::plus));
        return rows;
    }
}
