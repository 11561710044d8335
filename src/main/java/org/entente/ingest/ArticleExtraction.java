package org.entente.ingest;

import java.util.function.Supplier;

import org.entente.extract.Extractor;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.facts.Facts;
import org.entente.facts.FactsReader;
import org.entente.system.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Articles to Facts for the graph: the extractor, loaded with the language models when the first article comes, and
 * the Facts validator, which extracted facts pass like any curated file before the writer sees them.
 */
@Component
public class ArticleExtraction {

    private static final Logger log = LoggerFactory.getLogger(ArticleExtraction.class);

    private final FactsReader reader = new FactsReader();
    /** What extraction knows: the shared gazetteer, or one with the dictionaries of {@code entente.actors}. */
    private final Supplier<Gazetteer> gazetteer;
    private volatile Extractor extractor;
    private final ImportMetrics metrics;

    ArticleExtraction(EntenteProperties properties, ImportMetrics metrics) {
        this.metrics = metrics;
        if (properties.actors().isEmpty()) {
            this.gazetteer = Gazetteer::shared; // loaded with the language models, when the first article comes
        } else {
            // read now, so that a dictionary with a mistake stops the start naming its file and line, not the first article
            var own = Gazetteer.withActors(properties.actors());
            log.info("Actor dictionaries {} added to the gazetteer", properties.actors());
            this.gazetteer = () -> own;
        }
    }

    /** An article's Facts, passed through the Facts validator's rules as they come from the extractor. */
    public Facts extract(String name, byte[] bytes, Extractor.Options options) {
        if (extractor == null) {
            synchronized (this) {
                if (extractor == null) {
                    log.info("Loading the language models for article extraction (about 15 s)");
                    extractor = new Extractor(gazetteer.get());
                }
            }
        }
        var extraction = metrics.extraction(() -> extractor.extract(name, bytes, options));
        // quotes are the article's words without markup: they are checked against the cleaned text
        return reader.validate(name + " (extracted)", extraction.facts(), extraction.article().body());
    }
}
