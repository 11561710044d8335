package org.entente.extract;

import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The Stanford CoreNLP pipeline, loaded once per JVM (about ten seconds and 1.5 GB of models): tokenize, ssplit,
 * pos, lemma and fine-grained ner with SUTime. No parser and no coreference: the relation and stance rules work on
 * tokens, tags and the gazetteer, which keeps extraction within a few percent of bare NER's speed.
 */
public final class Nlp {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private static volatile StanfordCoreNLP pipeline;

    private Nlp() {
    }

    public static Properties properties() {
        var p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
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
                    pipeline = new StanfordCoreNLP(properties());
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
}
