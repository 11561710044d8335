package org.entente.extract.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.entente.extract.eval.PetrarchRecords.Event;

/**
 * Coded events against the gold events of PETRARCH's validation sentences. On each sentence with gold events, the
 * predicted event that agrees best with one of them (on CAMEO root and code, source and target, first three letters
 * and exactly) is taken with that gold event; a sentence without a predicted event counts as wrong on every count.
 * The quad class is scored over all sentences, one label each: that of the event taken, of the first gold or predicted
 * event otherwise, or none.
 *
 * @param sentences  all sentences
 * @param withEvents sentences with a gold event, the denominator of the counts that follow
 * @param found      of those, sentences with a predicted event
 * @param root       CAMEO root (first two digits) right
 * @param code       CAMEO code right, exactly
 * @param source3    source actor right on the first three letters of its code (the state: GON for GONGOV)
 * @param source     source actor code right, exactly
 * @param target3    target right on the first three letters
 * @param target     target right, exactly
 * @param quads      per quad class: sentences of that class found (true positives), given wrongly, missed
 */
record PetrarchScore(int sentences, int withEvents, int found, int root, int code, int source3, int source, int target3, int target,
                     Map<Quad, Score> quads) {

    /** GDELT's quad classes of CAMEO roots; codes outside 01–20 (the suite's test codes such as 903) are none. */
    enum Quad {
        VERBAL_COOPERATION("verbal cooperation 01-05"), MATERIAL_COOPERATION("material cooperation 06-09"),
        VERBAL_CONFLICT("verbal conflict 10-14"), MATERIAL_CONFLICT("material conflict 15-20"), NONE("none");

        final String label;

        Quad(String label) {
            this.label = label;
        }

        static Quad of(String code) {
            int root = code == null || !code.matches("\\d{2}.*") ? 0 : Integer.parseInt(code.substring(0, 2));
            if (root < 1 || root > 20) {
                return NONE; // the suite's own test codes (903 …) are no CAMEO event
            }
            return values()[org.entente.extract.cameo.CameoCodes.quadClass(code) - 1];
        }
    }

    /** Scores parallel lists: the gold events and the predicted events of each sentence. */
    static PetrarchScore of(List<List<Event>> gold, List<List<Event>> predicted) {
        int withEvents = 0, found = 0, root = 0, code = 0, source3 = 0, source = 0, target3 = 0, target = 0;
        var counts = new EnumMap<Quad, int[]>(Quad.class);
        for (var quad : Quad.values()) {
            counts.put(quad, new int[3]);
        }
        for (int i = 0; i < gold.size(); i++) {
            var golds = gold.get(i);
            var predictions = predicted.get(i);
            Event bestGold = golds.isEmpty() ? null : golds.get(0);
            Event bestPredicted = predictions.isEmpty() ? null : predictions.get(0);
            for (var p : predictions) {
                for (var g : golds) {
                    if (agreement(p, g) > agreement(bestPredicted, bestGold)) {
                        bestPredicted = p;
                        bestGold = g;
                    }
                }
            }
            if (bestGold != null) {
                withEvents++;
                if (bestPredicted != null) {
                    found++;
                    root += same(root(bestPredicted.code()), root(bestGold.code()));
                    code += same(bestPredicted.code(), bestGold.code());
                    source3 += same(state(bestPredicted.source()), state(bestGold.source()));
                    source += same(bestPredicted.source(), bestGold.source());
                    target3 += same(state(bestPredicted.target()), state(bestGold.target()));
                    target += same(bestPredicted.target(), bestGold.target());
                }
            }
            var goldClass = bestGold == null ? Quad.NONE : Quad.of(bestGold.code());
            var predictedClass = bestPredicted == null ? Quad.NONE : Quad.of(bestPredicted.code());
            if (goldClass == predictedClass) {
                counts.get(goldClass)[0]++;
            } else {
                counts.get(predictedClass)[1]++;
                counts.get(goldClass)[2]++;
            }
        }
        var quads = new EnumMap<Quad, Score>(Quad.class);
        counts.forEach((quad, c) -> quads.put(quad, new Score(c[0], c[1], c[2])));
        return new PetrarchScore(gold.size(), withEvents, found, root, code, source3, source, target3, target, quads);
    }

    /** The mean F1 of the five classes, none included. */
    double macroF1() {
        return quads.values().stream().mapToDouble(Score::f1).average().orElse(0);
    }

    private static int agreement(Event p, Event g) {
        if (p == null || g == null) {
            return -1;
        }
        return same(root(p.code()), root(g.code())) + same(p.code(), g.code()) + same(state(p.source()), state(g.source()))
                + same(p.source(), g.source()) + same(state(p.target()), state(g.target())) + same(p.target(), g.target());
    }

    private static int same(String a, String b) {
        return a != null && a.equals(b) ? 1 : 0;
    }

    private static String root(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }

    private static String state(String actor) {
        return actor == null || actor.length() < 3 ? actor : actor.substring(0, 3);
    }
}
