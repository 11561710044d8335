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
 * errors go to stderr, so the output can be piped or saved and imported later.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract Facts from articles (.txt, .html, .md) and print them (one document per file). "
                + "No database is used. Exits with 1 if any file failed.")
public final class ExtractCommand implements Callable<Integer> {

    public enum Format { json, yaml }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "yaml", description = "json or yaml (default: ${DEFAULT-VALUE})")
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
                System.out.println(format == Format.json ? FactsDocument.json(facts) : "---\n" + FactsDocument.yaml(facts));
                System.err.printf("entente extract: %s: %d entities, %d relationships, %d claims (%d tokens, %d ms)%n", file,
                        facts.entities().size(), facts.relationships().size(), facts.claims().size(), result.tokens(),
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (ArticleException e) {
                System.err.println("entente extract: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                // a defect of ours, not of the article: say which file, keep going with the others
                System.err.println("entente extract: " + file + ": extraction failed (" + e + "); please report it with the file");
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
