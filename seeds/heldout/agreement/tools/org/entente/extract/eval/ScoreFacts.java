package org.entente.extract.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.facts.Facts;
import org.entente.facts.FactsReader;

/**
 * Throwaway tool of the agreement study (seeds/heldout/agreement/README.md): scores one Facts file ("predicted")
 * against another ("gold") with the project's own scorer, {@link CuratedComparison}, exactly as {@code evaluate}
 * scores the extractor, then lists which claims the one-to-one matching paired and which it left unmatched.
 * Usage: java -cp target/classes:$(cat cp.txt):DIR org.entente.extract.eval.ScoreFacts PREDICTED.yaml GOLD.yaml
 */
public final class ScoreFacts {

    public static void main(String[] args) {
        var reader = new FactsReader();
        Facts predicted = reader.read(Path.of(args[0]));
        Facts gold = reader.read(Path.of(args[1]));
        System.out.println("== predicted " + Path.of(args[0]).getFileName() + " vs gold " + Path.of(args[1]).getFileName());
        EvaluateCommand.table(CuratedComparison.compare(predicted, gold)).forEach(System.out::println);
        int[] owner = Matching.owners(predicted.claims(), gold.claims(), (p, g) -> CuratedComparison.same(p, g, false));
        var matchedPredicted = new boolean[predicted.claims().size()];
        System.out.println("-- claims matched (gold <- predicted)");
        for (int g = 0; g < owner.length; g++) {
            if (owner[g] >= 0) {
                matchedPredicted[owner[g]] = true;
                System.out.println("  G" + g + " " + show(gold.claims().get(g)) + "\n     <- P" + owner[g] + " " + show(predicted.claims().get(owner[g])));
            }
        }
        System.out.println("-- gold claims unmatched");
        for (int g = 0; g < owner.length; g++) {
            if (owner[g] < 0) {
                System.out.println("  G" + g + " " + show(gold.claims().get(g)));
            }
        }
        System.out.println("-- predicted claims unmatched");
        for (int p = 0; p < matchedPredicted.length; p++) {
            if (!matchedPredicted[p]) {
                System.out.println("  P" + p + " " + show(predicted.claims().get(p)));
            }
        }
        var goldIds = gold.entities().stream().map(Facts.Entity::id).collect(Collectors.toSet());
        var predIds = predicted.entities().stream().map(Facts.Entity::id).collect(Collectors.toSet());
        System.out.println("-- entities only in predicted: " + predIds.stream().filter(i -> !goldIds.contains(i)).sorted().toList());
        System.out.println("-- entities only in gold: " + goldIds.stream().filter(i -> !predIds.contains(i)).sorted().toList());
    }

    private static String show(Facts.Claim c) {
        List<String> parties = c.parties().stream().map(p -> p.id() + (p.role() != null ? "/" + p.role() : "")).toList();
        return c.kind() + " " + parties + " about=" + c.about() + " cameo=" + c.cameo() + " \"" + c.topic() + "\" | "
                + (c.evidence() == null ? "" : c.evidence().quote());
    }
}
