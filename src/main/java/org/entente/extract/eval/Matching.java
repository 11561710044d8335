package org.entente.extract.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/** The largest one-to-one matching of predictions to gold items (Kuhn's augmenting paths), so no item counts twice. */
final class Matching {

    private Matching() {
    }

    static <P, G> int count(List<P> predicted, List<G> gold, BiPredicate<P, G> matches) {
        int[] owner = new int[gold.size()];
        Arrays.fill(owner, -1);
        int matched = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (augment(p, predicted, gold, matches, owner, new boolean[gold.size()])) {
                matched++;
            }
        }
        return matched;
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
