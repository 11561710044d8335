package org.entente.extract;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import org.entente.extract.cameo.CameoVerbs;

/**
 * A CoreNLP annotator between {@code pos} and {@code lemma} that mends one systematic tagging error: a verb in the
 * third person that is also a plural noun, between a named subject and its object, tagged as the noun. The tagger
 * reads "The United States thanks the Government of Norway", "Treasury sanctions the Houthi network" and "Russia attacks
 * Ukraine" as noun phrases, so the parser finds no verb and no claim is made. A noun in -s (NNS, or NN as "thanks"
 * sometimes is) whose stem is a verb
 * of the CAMEO dictionary, right after a proper noun or a personal pronoun and right before what opens a noun phrase
 * (a determiner, a proper noun, a pronoun, a number) is a verb (VBZ); the lemmatizer and the parser, which run after,
 * then read it so. "EU sanctions regime", "Western sanctions on Russia", "Russia's attacks on Ukraine" and "Ghana,
 * thanks to its leadership" keep their noun.
 */
public final class VerbTags implements Annotator {

    /** What may end a named subject. */
    private static final Set<String> SUBJECT_END = Set.of("NNP", "NNPS", "PRP");
    /** What may open the object's noun phrase. */
    private static final Set<String> OBJECT_START = Set.of("DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "PDT");

    private final CameoVerbs verbs;

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.verbtags}. */
    public VerbTags(String name, Properties properties) {
        this(CameoVerbs.shared());
    }

    VerbTags(CameoVerbs verbs) {
        this.verbs = verbs;
    }

    @Override
    public void annotate(Annotation annotation) {
        for (var sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            retag(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    void retag(List<CoreLabel> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            var t = tokens.get(i);
            if (("NNS".equals(t.tag()) || "NN".equals(t.tag())) && SUBJECT_END.contains(tokens.get(i - 1).tag()) && OBJECT_START.contains(tokens.get(i + 1).tag())
                    && isVerb(t.word())) {
                t.setTag("VBZ");
            }
        }
    }

    /** Whether a word ending in -s is the third person of a verb the dictionary knows ("thanks", "pushes"). */
    private boolean isVerb(String word) {
        var w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("s") && (verbs.knows(w.substring(0, w.length() - 1)) || w.endsWith("es") && verbs.knows(w.substring(0, w.length() - 2)));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}
