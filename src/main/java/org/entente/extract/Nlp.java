package org.entente.extract;

import java.time.Duration;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The Stanford CoreNLP pipeline, loaded once per JVM (about twenty seconds and 1.5 GB of models): tokenize, ssplit,
 * pos, {@link VerbTags} (third-person verbs the tagger took for plural nouns), lemma, fine-grained ner with SUTime, and
 * the neural dependency parser (enhanced++ Universal Dependencies), from which the event stage reads who did what to
 * whom. No constituency parser and no coreference.
 */
public final class Nlp {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,verbtags,lemma,ner,depparse";

    private static volatile StanfordCoreNLP pipeline;
    private static volatile Duration loadTime;

    /** The baseline of {@code evaluate}: bare CoreNLP NER, whatever the shared pipeline grows into. */
    public static final String BARE_NER_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private static volatile StanfordCoreNLP bareNer;
    private static volatile Duration bareNerLoadTime;

    private Nlp() {
    }

    public static Properties properties() {
        var p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("customAnnotatorClass.verbtags", VerbTags.class.getName());
        // the cleaner separates paragraphs by a blank line; a heading is never glued to the next sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.docdate.usePresent", "false");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return p;
    }

    /** The shared pipeline; the first call loads the models. */
    public static StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            synchronized (Nlp.class) {
                if (pipeline == null) {
                    long t0 = System.nanoTime();
                    var built = new StanfordCoreNLP(properties());
                    loadTime = Duration.ofNanos(System.nanoTime() - t0);
                    pipeline = built;
                }
            }
        }
        return pipeline;
    }

    /** Annotates {@code text}; relative dates ("in July", "today") resolve against {@code docDate} when given. */
    public static CoreDocument annotate(String text, String docDate) {
        var doc = new CoreDocument(text);
        if (docDate != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        pipeline().annotate(doc);
        return doc;
    }

    /** How long the first {@link #pipeline()} call took to load the models, or {@code null} before it. */
    public static Duration loadTime() {
        return loadTime;
    }

    /**
     * Annotates {@code text} with bare NER: the shared properties with the annotators cut to
     * {@link #BARE_NER_ANNOTATORS}. Built on first use with models of its own, so that its load time is that of bare
     * CoreNLP rather than of models the shared pipeline already loaded; only {@code evaluate} pays for the second copy.
     */
    public static CoreDocument bareNer(String text) {
        if (bareNer == null) {
            synchronized (Nlp.class) {
                if (bareNer == null) {
                    var p = properties();
                    p.setProperty("annotators", BARE_NER_ANNOTATORS);
                    // CoreNLP hands a new pipeline the annotators of the same properties already built (a global
                    // cache); forgetting them leaves the shared pipeline as it is and makes this one load its own
                    StanfordCoreNLP.clearAnnotatorPool();
                    long t0 = System.nanoTime();
                    var built = new StanfordCoreNLP(p);
                    bareNerLoadTime = Duration.ofNanos(System.nanoTime() - t0);
                    bareNer = built;
                }
            }
        }
        var doc = new CoreDocument(text);
        bareNer.annotate(doc);
        return doc;
    }

    /** How long the first {@link #bareNer} call took to load its models, or {@code null} before it. */
    public static Duration bareNerLoadTime() {
        return bareNerLoadTime;
    }
}
