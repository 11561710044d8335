import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.entente.extract.Extractor;
import org.entente.extract.eval.CuratedComparison;
import org.entente.extract.eval.EvaluateCommand;
import org.entente.facts.Facts;
import org.entente.facts.FactsReader;

/**
 * The loop for writing an extraction rule (bench/extract-debug): claims F1 of curated Facts files against what the
 * extractor makes of their texts, one line a file, with --show the claims on both sides and with --entities the
 * entity ids on one side only, with --relationships the relationships on one side only (type, from, to); or, with --sentences, the events and claims of each block of standard input (blocks separated by a line "---"; with --entities their entities, mentions and relationships too). One pipeline, loaded once.
 * Score only dev and in-sample files this way: a held-out file read here is held out no longer.
 */
public class ExtractDebug {

    public static void main(String[] args) throws Exception {
        var extractor = new Extractor();
        var files = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        boolean show = List.of(args).contains("--show");
        boolean entities = List.of(args).contains("--entities");
        boolean relationships = List.of(args).contains("--relationships");
        if (List.of(args).contains("--sentences")) {
            var publisher = System.getProperty("publisher", "U.S. Department of State");
            var published = System.getProperty("published", "2022-07-01");
            for (var block : new String(System.in.readAllBytes(), StandardCharsets.UTF_8).split("\n---\n")) {
                if (block.isBlank()) {
                    continue;
                }
                var text = "Title\n\n" + block.strip() + "\n";
                var extraction = extractor.extract("sentences.txt", text.getBytes(StandardCharsets.UTF_8),
                        new Extractor.Options("sentences", "Title", publisher, null, published));
                System.out.println("== " + block.strip().replace('\n', ' '));
                extraction.events().forEach(e -> System.out.println("  event " + e.code() + " " + e.verbText() + " actors=" + e.actors()
                        + " targets=" + e.targets() + " about=" + e.about() + " " + e.modality()));
                extraction.facts().claims().forEach(c -> System.out.println("  claim " + line(c)));
                if (entities) {
                    extraction.facts().entities().forEach(e -> System.out.println("  entity " + e.id() + " \"" + e.name() + "\" "
                            + e.mentions().stream().map(Facts.Mention::text).toList()));
                    extraction.facts().relationships().forEach(r -> System.out.println("  relationship " + r.type() + " " + r.from()
                            + " -> " + r.to() + " " + r.properties()));
                }
            }
            return;
        }
        for (var name : files) {
            var gold = new FactsReader().read(Path.of(name));
            var path = gold.source().path() != null ? gold.source().path() : gold.source().id() + ".txt";
            var extracted = extractor.extract(path, gold.source().text().getBytes(StandardCharsets.UTF_8), new Extractor.Options(
                    gold.source().id(), gold.source().title(), gold.source().publisher(), gold.source().url(), EvaluateCommand.dayOf(gold.source().published()))).facts();
            var rows = CuratedComparison.compare(extracted, gold);
            var strict = rows.get("claims");
            var byState = rows.get("claims (by state)");
            System.out.printf("%-55s entities %.3f  claims %.3f (P %.2f R %.2f, %d found of %d)  by state %.3f  same sentence %.3f / %.3f  by name %.3f  about %.3f  relationships %.3f%n",
                    Path.of(name).getFileName(), rows.get("entities: all").f1(), strict.f1(), strict.precision(), strict.recall(),
                    strict.predicted(), strict.gold(), byState.f1(), rows.get("claims (same sentence)").f1(),
                    rows.get("claims (by state, same sentence)").f1(), rows.get("entities: all (by name)").f1(),
                    rows.get("about of claims (by state)").f1(), rows.get("relationships").f1());
            if (show) {
                System.out.println("  -- extracted");
                extracted.claims().forEach(c -> System.out.println("  " + line(c)));
                System.out.println("  -- curated");
                gold.claims().forEach(c -> System.out.println("  " + line(c)));
            }
            if (entities) {
                var found = extracted.entities().stream().map(Facts.Entity::id).collect(java.util.stream.Collectors.toSet());
                var curated = gold.entities().stream().map(Facts.Entity::id).collect(java.util.stream.Collectors.toSet());
                gold.entities().stream().filter(e -> !found.contains(e.id()))
                        .forEach(e -> System.out.println("  missed " + e.id() + " (" + e.name() + ")"));
                extracted.entities().stream().filter(e -> !curated.contains(e.id()))
                        .forEach(e -> System.out.println("  extra  " + e.id() + " (" + e.name() + ")"));
            }
            if (relationships) {
                var found = extracted.relationships().stream().map(ExtractDebug::key).collect(java.util.stream.Collectors.toSet());
                var curated = gold.relationships().stream().map(ExtractDebug::key).collect(java.util.stream.Collectors.toSet());
                curated.stream().filter(r -> !found.contains(r)).sorted().forEach(r -> System.out.println("  missed relationship " + r));
                found.stream().filter(r -> !curated.contains(r)).sorted().forEach(r -> System.out.println("  extra  relationship " + r));
            }
        }
    }

    private static String key(Facts.Relationship r) {
        return r.type() + " " + r.from() + " -> " + r.to();
    }

    private static String line(Facts.Claim c) {
        var quote = c.evidence() == null ? "" : c.evidence().quote();
        return String.format("%-12s %-45s about=%s cameo=%s | %s", c.kind(), c.parties().stream()
                .map(p -> p.id() + (p.role() == null ? "" : "/" + p.role())).toList(), c.about(), c.cameo(),
                quote.length() > 110 ? quote.substring(0, 110) : quote);
    }
}
