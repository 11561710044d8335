package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Token;

/**
 * A thing named by what it is, after the text named one of that kind, is a mention of the one named:
 * <ul>
 * <li>"the city", "the town", "the village", after a place was named in the same sentence or the three before
 * ("Coalition forces struck near Mosul. The city …");</li>
 * <li>"the treaty", "the agreement", "this declaration", after a treaty whose name is headed by the same word (or,
 * for an agreement, an accord, a pact or a deal, by one of those) was named anywhere before ("Russia and China
 * signed the Treaty of Good-Neighborliness. Both sides praised the treaty.").</li>
 * </ul>
 * Not when the phrase names its own thing ("the city of Raqqah", "the agreement between Sudan and South Sudan",
 * "the agreement that ends the war") or is a modifier ("the city council", "the treaty negotiations").
 */
public final class NounReferences {

    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village");

    /** The nouns of a treaty, each with the heads of the names it may stand for. */
    private static final Map<String, Set<String>> TREATY_NOUNS;

    static {
        var agreements = Set.of("agreement", "accord", "pact", "deal");
        TREATY_NOUNS = Map.of("agreement", agreements, "accord", agreements, "pact", agreements, "deal", agreements,
                "treaty", Set.of("treaty"), "convention", Set.of("convention"), "declaration", Set.of("declaration"),
                "memorandum", Set.of("memorandum"), "protocol", Set.of("protocol"), "charter", Set.of("charter"));
    }

    /** What a referring noun may refer back to, and in which category its mention is. */
    private record Kind(String category, BiPredicate<Token, Mention> refersTo, int sentencesBack) {
    }

    private static final Kind PLACE = new Kind("LOCATION",
            (noun, m) -> SETTLEMENTS.contains(lower(noun.lemma())) && m.entity().startsWith("place:"), 3);

    private static final Kind TREATY = new Kind("TREATY",
            (noun, m) -> m.category().equals("TREATY") && TREATY_NOUNS.getOrDefault(lower(noun.lemma()), Set.of()).contains(head(m)),
            Integer.MAX_VALUE);

    private NounReferences() {
    }

    public static void resolve(Text text, Resolver.Result resolved) {
        var added = new ArrayList<Mention>();
        var mentions = text.mentions;
        for (int i = 0; i + 1 < text.tokens.size(); i++) {
            var the = text.tokens.get(i);
            var noun = text.tokens.get(i + 1);
            if (!the.is("the", "this") || !noun.pos().matches("NNS?") || noun.sentence() != the.sentence()) {
                continue;
            }
            var after = i + 2 < text.tokens.size() && text.tokens.get(i + 2).sentence() == noun.sentence() ? text.tokens.get(i + 2) : null;
            if (after != null && (after.is("of") || after.noun())) {
                continue; // "the city of Raqqah", "the city council", "the treaty negotiations"
            }
            for (var kind : new Kind[] {PLACE, TREATY}) {
                var last = lastBefore(mentions, i, m -> m.entity() != null && resolved.entities().containsKey(m.entity())
                        && kind.refersTo().test(noun, m));
                if (last == null || noun.sentence() - last.sentence() > kind.sentencesBack()
                        || (kind == PLACE && (!the.is("the") || !noun.pos().equals("NN")))
                        || (kind == TREATY && after != null && after.is("between", "with", "on", "that", "which", "to", "for"))) {
                    // "the agreement between Sudan and South Sudan", "the agreement that ends the war": one of its own
                    continue;
                }
                var mention = new Mention(the.sentence(), i, i + 2, the.begin(), noun.end(), text.body(i, i + 2), kind.category(), last.entity(), null);
                added.add(mention);
                resolved.entities().get(last.entity()).mentions.add(mention);
                break;
            }
        }
        text.mentions.addAll(added);
        text.mentions.sort(Comparator.comparingInt(Mention::first));
    }

    /** The last mention that ends before token {@code i} and passes {@code test}. */
    private static Mention lastBefore(java.util.List<Mention> mentions, int i, java.util.function.Predicate<Mention> test) {
        Mention last = null;
        for (var m : mentions) {
            if (m.first() >= i) {
                break;
            }
            if (m.last() <= i && test.test(m)) {
                last = m;
            }
        }
        return last;
    }

    /** The word a treaty's name is headed by: the last before its first "of", "on", "for" ("Treaty of Friendship"), else its last. */
    private static String head(Mention m) {
        var words = m.text().split("\\s+");
        int end = 1;
        while (end < words.length && !Set.of("of", "on", "for", "against", "to", "concerning", "regarding").contains(words[end])) {
            end++;
        }
        var head = lower(words[end - 1]);
        return head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
