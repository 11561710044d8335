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
 * then read it so; so is a noun in -s before "with" and a noun phrase whose stem and "with" are a phrasal verb of the
 * dictionary ("USAID partners with the Government of Kenya", "Hungary sides with Russia"). "EU sanctions regime",
 * "Western sanctions on Russia", "Russia's attacks on Ukraine", "Ghana, thanks to its leadership" and "our NATO partners
 * with troops in Afghanistan" keep their noun.
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
            if (!("NNS".equals(t.tag()) || "NN".equals(t.tag())) || !SUBJECT_END.contains(tokens.get(i - 1).tag())) {
                continue;
            }
            // "USAID partners with the Government of Kenya": a phrasal verb of the dictionary, "with" and a noun phrase
            boolean phrasal = tokens.get(i + 1).word().equalsIgnoreCase("with") && i + 2 < tokens.size()
                    && OBJECT_START.contains(tokens.get(i + 2).tag()) && isVerb(t.word(), "with");
            if (OBJECT_START.contains(tokens.get(i + 1).tag()) && isVerb(t.word(), null) || phrasal) {
                t.setTag("VBZ");
            }
        }
    }

    /**
     * Whether a word ending in -s is the third person of a verb the dictionary knows ("thanks", "pushes"), or with a
     * particle, of a phrasal verb it knows ("partners" of "partner with").
     */
    private boolean isVerb(String word, String particle) {
        var w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("s")) {
            return false;
        }
        for (var stem : w.endsWith("es") ? List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2)) : List.of(w.substring(0, w.length() - 1))) {
            if (particle == null ? verbs.knows(stem) : verbs.knows(stem, particle)) {
                return true;
            }
        }
        return false;
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
