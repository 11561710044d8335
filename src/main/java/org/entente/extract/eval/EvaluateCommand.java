package org.entente.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.extract.CommandLogging;
import org.entente.extract.DictionaryOptions;
import org.entente.extract.Extractor;
import org.entente.facts.Facts;
import org.entente.facts.FactsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente evaluate}: scores the extractor against curated Facts (each article under {@code --curated} that has a
 * Facts file naming it) and against the re3d gold data, beside bare CoreNLP NER, and prints one table.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction against curated Facts and the re3d gold data, beside bare CoreNLP NER; print a table.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--curated", defaultValue = "seeds/curated", description = "folder of curated Facts files, scored as in-sample: "
            + "the rules were written while reading them (default: ${DEFAULT-VALUE})")
    Path curated;

    @Option(names = "--dev", defaultValue = "seeds/dev", description = "folder of dev Facts files: once held out, now read to "
            + "write rules, so no longer out-of-sample (default: ${DEFAULT-VALUE}; a missing folder is skipped)")
    Path dev;

    @Option(names = "--heldout", defaultValue = "seeds/heldout", description = "folder of held-out Facts files, curated by hand "
            + "before any extractor output was seen; no rule may be tuned on them (default: ${DEFAULT-VALUE}; a missing folder is skipped)")
    Path heldout;

    @Option(names = "--re3d", description = "folder of the re3d data set (documents.json, entities.json, relations.json per source)")
    Path re3d;

    @Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Option(names = "--petrarch", paramLabel = "DIR", description = "folder of PETRARCH2's validation suite "
            + "(PETR.UnitTest.records.xml and its actors and agents): event source, target and CAMEO code beside a keyword coder")
    Path petrarch;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed runs before the throughput runs (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        CommandLogging.quiet();
        for (var given : new Object[][] {{"--re3d", re3d}, {"--petrarch", petrarch}}) {
            if (given[1] != null && !Files.isDirectory((Path) given[1])) {
                System.err.println("evaluate: " + given[0] + " " + given[1] + ": no such folder");
                return 2;
            }
        }
        var extractor = dictionaries.extractorOrReport("evaluate");
        if (extractor == null) {
            return 1;
        }
        var out = new ArrayList<String>();
        out.addAll(compare(extractor, curated, "in-sample"));
        out.addAll(compare(extractor, dev, "dev, tuned on"));
        out.addAll(compare(extractor, heldout, "held out"));
        if (re3d != null) {
            out.add("");
            out.addAll(new Re3dEvaluation(extractor, warmup).run(re3d));
        }
        if (petrarch != null) {
            out.add("");
            out.addAll(new PetrarchEvaluation(dictionaries.actors).run(petrarch));
        }
        out.forEach(System.out::println);
        return 0;
    }

    /** Each Facts file of the folder that names its article text, against what the extractor makes of that text. */
    static List<String> compare(Extractor extractor, Path folder, String label) throws java.io.IOException {
        var out = new ArrayList<String>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                var gold = new FactsReader().read(file);
                if (gold.source().text() == null) {
                    continue;
                }
                var text = gold.source().text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                var articlePath = gold.source().path() != null ? gold.source().path() : gold.source().id() + ".txt";
                var day = dayOf(gold.source().published());
                Facts extracted;
                try {
                    extracted = extractor.extract(articlePath, text, new Extractor.Options(gold.source().id(), gold.source().title(),
                            gold.source().publisher(), gold.source().url(), day)).facts();
                } catch (org.entente.extract.ArticleException e) {
                    out.add("== " + file.getFileName() + " (" + label + "): not evaluated: " + e.getMessage());
                    continue;
                }
                out.add("== " + file.getFileName() + " (" + label + "): extracted vs curated");
                out.addAll(table(CuratedComparison.compare(extracted, gold)));
            }
        }
        return out;
    }

    /** The day a curated source gives the extractor: none for a curator who knows only the month ("2015-07"), whose
     *  article has no day to read "Thursday" from. */
    public static String dayOf(String published) {
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}") ? published : null;
    }

    static List<String> table(Map<String, Score> rows) {
        var lines = new ArrayList<String>();
        lines.add(String.format("%-32s %6s %6s %6s %6s %6s", "", "gold", "found", "P", "R", "F1"));
        rows.forEach((name, s) -> lines.add(String.format("%-32s %6d %6d %6.3f %6.3f %6.3f", name, s.gold(), s.predicted(),
                s.precision(), s.recall(), s.f1())));
        return lines;
    }
}
