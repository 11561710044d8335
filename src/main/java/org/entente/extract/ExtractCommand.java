package org.entente.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.facts.FactsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente extract FILE...}: prints the Facts of each article to stdout, touching no database. Progress and
 * errors go to stderr, so the output can be piped or saved and imported later. {@code --format jsonl} prints Facts
 * JSON Lines, one article a line, as the Spark job writes them ({@code spark/}), for {@code import --format facts-jsonl}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract Facts from articles (.txt, .html, .md) and print them (one document per file; with "
                + "--format jsonl one line per file). No database is used. Exits with 1 if any file failed.")
public final class ExtractCommand implements Callable<Integer> {

    /**
     * yaml: for a person to read (no article text); json: the same keys, and the article's text in source.body so
     * that the document imports like the article; jsonl: the json document on one line.
     */
    public enum Format { json, yaml, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "yaml", description = "yaml, json (with the article's text, so that it "
            + "imports like the article) or jsonl (Facts JSON Lines: the json document on one line per file, as the Spark "
            + "job writes them); default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--published", description = "publication date (yyyy-MM-dd) when the file and its name do not give it")
    String published;

    @Option(names = "--title", description = "title, when the file does not give it (single file only)")
    String title;

    @Option(names = "--publisher", description = "publisher of the articles")
    String publisher;

    @Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Override
    public Integer call() {
        CommandLogging.quiet();
        var configured = dictionaries.extractorOrReport("extract");
        if (configured == null) {
            return 1;
        }
        int failed = 0;
        int done = 0;
        long extracting = 0;
        Extractor extractor = null;
        for (var file : files) {
            byte[] bytes;
            try {
                bytes = Extractor.read(file);
                if (extractor == null) {
                    System.err.println("entente extract: loading the language models (about 15 s) …");
                    extractor = configured;
                    Nlp.pipeline();
                }
                long t0 = System.nanoTime();
                var options = new Extractor.Options(null, files.size() == 1 ? title : null, publisher, null, published);
                var result = extractor.extract(file.toString(), bytes, options);
                var facts = result.facts();
                System.out.println(switch (format) {
                    case json -> FactsDocument.json(facts, result.article().body());
                    case jsonl -> FactsDocument.jsonLine(facts, result.article().body());
                    case yaml -> "---\n" + FactsDocument.yaml(facts);
                });
                long took = System.nanoTime() - t0;
                extracting += took;
                done++;
                System.err.printf("entente extract: %s: %d entities, %d relationships, %d claims (%d tokens, %d ms)%n", file,
                        facts.entities().size(), facts.relationships().size(), facts.claims().size(), result.tokens(),
                        took / 1_000_000);
            } catch (ArticleException e) {
                System.err.println("entente extract: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                // a defect of ours, not of the article: say which file, keep going with the others
                System.err.println("entente extract: " + file + ": extraction failed (" + e + "); please report it with the file");
                failed++;
            }
        }
        if (files.size() > 1) {
            // the rate of the work itself, the models' loading left out: what bench/spark sets beside Spark's
            System.err.printf(java.util.Locale.ROOT, "entente extract: %d articles extracted, %d failed, in %.1f s (%.2f articles/s; "
                    + "the language models loaded in %.1f s before)%n", done, failed, extracting / 1e9,
                    extracting == 0 ? 0.0 : done / (extracting / 1e9), Nlp.loadTime() == null ? 0.0 : Nlp.loadTime().toMillis() / 1e3);
        }
        return failed == 0 ? 0 : 1;
    }
}
