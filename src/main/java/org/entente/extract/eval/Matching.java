package org.entente.extract.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/** The largest one-to-one matching of predictions to gold items (Kuhn's augmenting paths), so no item counts twice. */
final class Matching {

    private Matching() {
    }

    static <P, G> int count(List<P> predicted, List<G> gold, BiPredicate<P, G> matches) {
        return (int) Arrays.stream(owners(predicted, gold, matches)).filter(p -> p >= 0).count();
    }

    /** For each gold item, the index of the prediction matched to it, or -1. */
    static <P, G> int[] owners(List<P> predicted, List<G> gold, BiPredicate<P, G> matches) {
        int[] owner = new int[gold.size()];
        Arrays.fill(owner, -1);
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, predicted, gold, matches, owner, new boolean[gold.size()]);
        }
        return owner;
    }

    private static <P, G> boolean augment(int p, List<P> predicted, List<G> gold, BiPredicate<P, G> matches, int[] owner,
                                          boolean[] seen) {
        for (int g = 0; g < gold.size(); g++) {
            if (!seen[g] && matches.test(predicted.get(p), gold.get(g))) {
                seen[g] = true;
                if (owner[g] < 0 || augment(owner[g], predicted, gold, matches, owner, seen)) {
                    owner[g] = p;
                    return true;
                }
            }
        }
        return false;
    }
}
