package org.entente.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.LongAccumulator;
import org.entente.extract.ArticleException;
import org.entente.extract.Extractor;
import org.entente.extract.Nlp;
import org.entente.facts.Facts;
import org.entente.facts.FactsDocument;
import org.entente.facts.FactsReader;
import org.entente.facts.InvalidFactsException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts the articles of one partition with the extractor of this JVM: one CoreNLP pipeline per executor JVM, loaded
 * by the first task that needs it (about 20 s and 1.5 GB of heap) and shared by every task and thread after it; the
 * partition's articles are read one at a time, as Spark hands them over. An article that cannot be read, or whose Facts
 * would not pass the Facts validator (and so would not import), becomes a line of the failure report, and the job goes on.
 */
final class ExtractPartition implements MapPartitionsFunction<Article, Outcome> {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile Extractor extractor;
    private static volatile double readySeconds = -1;

    private final HadoopConf hadoop;
    private final LongAccumulator extracted;
    private final LongAccumulator failed;

    ExtractPartition(HadoopConf hadoop, LongAccumulator extracted, LongAccumulator failed) {
        this.hadoop = hadoop;
        this.extracted = extracted;
        this.failed = failed;
    }

    @Override
    public Iterator<Outcome> call(Iterator<Article> articles) {
        var shared = extractor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Outcome next() {
                var outcome = extract(shared, articles.next(), hadoop);
                (outcome.getOutcome().equals(Outcome.FACTS) ? extracted : failed).add(1);
                return outcome;
            }
        };
    }

    /**
     * The extractor of this JVM, ready to read: the gazetteer, the CAMEO dictionaries and CoreNLP's models loaded by the
     * first task that asks, while the others of this JVM wait for it.
     */
    static Extractor extractor() {
        if (extractor == null) {
            synchronized (ExtractPartition.class) {
                if (extractor == null) {
                    long started = System.nanoTime();
                    var built = new Extractor();
                    Nlp.pipeline();
                    readySeconds = (System.nanoTime() - started) / 1e9;
                    extractor = built;
                }
            }
        }
        return extractor;
    }

    /** How long this JVM took to make its extractor ready, or -1 before it did. */
    static double readySeconds() {
        return readySeconds;
    }

    /**
     * The Facts JSON line of an article, as {@code extract --format jsonl} prints it for the same file; or its line of
     * the failure report. A file is read here, by the executor, unless it is too large to be an article.
     */
    static Outcome extract(Extractor extractor, Article article, HadoopConf hadoop) {
        var content = article.getContent();
        if (article.getUri() != null) {
            if (article.getSize() > Extractor.MAX_BYTES) {
                return failure(article, article.getName() + ": the file has " + article.getSize() / 1024 / 1024
                        + " MB; an article is at most " + Extractor.MAX_BYTES / 1024 / 1024 + " MB");
            }
            var path = new Path(URI.create(article.getUri()));
            try (var in = FileSystem.get(path.toUri(), hadoop.get()).open(path)) {
                content = in.readAllBytes();
            } catch (IOException e) {
                return failure(article, article.getName() + ": cannot read the file: " + e.getMessage());
            }
        }
        if (content == null) {
            return failure(article, article.getName() + ": no text");
        }
        try {
            var options = new Extractor.Options(article.getId(), article.getTitle(), article.getPublisher(), article.getUrl(),
                    article.getPublished());
            var extraction = extractor.extract(article.getName(), content, options);
            var facts = article.getPath() == null ? withoutPath(extraction.facts()) : extraction.facts();
            var body = extraction.article().body();
            // what the import would refuse is a failure here, where it is still known which article it was
            new FactsReader().validate(article.getName() + " (extracted)", facts, body);
            return new Outcome(Outcome.FACTS, FactsDocument.jsonLine(facts, body));
        } catch (ArticleException e) {
            return failure(article, e.getMessage());
        } catch (InvalidFactsException e) {
            return failure(article, "the extracted Facts are not valid: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours, not of the article: name it, and go on with the others
            return failure(article, article.getName() + ": extraction failed (" + e + "); please report it with the article");
        }
    }

    /** A row of a table is no file: its Facts name none. */
    private static Facts withoutPath(Facts facts) {
        var s = facts.source();
        return new Facts(new Facts.Source(s.id(), s.title(), s.publisher(), s.url(), s.published(), null, s.sha256(), s.text()),
                facts.entities(), facts.relationships(), facts.claims());
    }

    /** A line of the failure report: {@code {"id", "path", "reason"}}, id being the source id the article would have had. */
    private static Outcome failure(Article article, String reason) {
        var line = new LinkedHashMap<String, Object>();
        line.put("id", article.getId() != null ? article.getId() : Extractor.sourceId(article.getName()));
        line.put("path", article.getPath());
        line.put("reason", reason);
        return new Outcome(Outcome.FAILED, JSON.writeValueAsString(line));
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
