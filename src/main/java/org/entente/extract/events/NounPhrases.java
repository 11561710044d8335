package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.entente.extract.rules.Text;

/**
 * The noun phrases that name an event ({@link EventNouns}: "sanctions", "a visa restriction policy", "restrictions on
 * assistance"), from the parse: the event noun, the frame it stands before, the code its target gives it, whether a
 * determiner hedges it ("no agreement", "a possible invasion"), and the light objects whose infinitive is the act
 * ("take steps to impose"). Who does what a noun names is {@link EventFinder}'s to say.
 */
final class NounPhrases {

    /** Nouns that only frame the event noun before them: "a visa restriction policy", "a sanctions package". */
    private static final Set<String> FRAMES = Set.of("policy", "regime", "programme", "program", "package", "measure");
    /** Heads of an amount of money ("$120 million", "50 million euros"), which may say what it is in. */
    private static final Set<String> AMOUNTS = Set.of("million", "billion", "dollar", "euro", "pound", "yen", "franc");
    /**
     * Objects of a light verb whose infinitive is the act ("take steps to impose", "made efforts to reach"): the
     * subject of the light verb acts, and the light verb says nothing of its own.
     */
    private static final Set<String> LIGHT_OBJECTS = Set.of("step", "measure", "action", "effort", "move", "decision");
    /** Words before an event noun that say it did not take place ("no agreement", "a possible invasion"). */
    private static final Set<String> HEDGES = Set.of("no", "any", "possible", "potential", "hypothetical");

    private final Text text;
    private final Parse parse;
    private final IntPredicate named;

    /** @param named whether a token is part of a name (a mention of an entity): a name is no event noun */
    NounPhrases(Text text, Parse parse, IntPredicate named) {
        this.text = text;
        this.parse = parse;
        this.named = named;
    }


    /**
     * The event noun at {@code n} (a common noun, not a name), qualified by a noun before it ("visa restrictions"),
     * its own or, when it stands before a frame ("a visa restriction policy"), the frame's; else {@code null}.
     */
    EventNouns.Noun eventNoun(int n) {
        var t = text.tokens.get(n);
        if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || named.test(n)) {
            return null;
        }
        var qualifiers = new ArrayList<String>();
        int frame = frameOf(n);
        for (int head : frame >= 0 ? List.of(n, frame) : List.of(n)) {
            parse.children(head).stream().filter(a -> a.rel().equals("compound") && a.dependent() < n)
                    .forEach(a -> qualifiers.add(lemma(a.dependent())));
        }
        return EventNouns.of(t.lemma(), qualifiers);
    }

    /** The frame noun that {@code n} stands before as a compound ("restriction" in "a visa restriction policy"), or -1. */
    int frameOf(int n) {
        int head = parse.governor(n, "compound");
        return head >= 0 && FRAMES.contains(lemma(head)) ? head : -1;
    }

    /**
     * The event noun an object names: itself ("sanctions"), the one before its frame ("a visa restriction policy"), or
     * the one an amount is of ("$120 million in assistance to Lebanon", "50 million euros in aid"); else -1.
     */
    int eventNounIn(int object) {
        if (eventNoun(object) != null) {
            return object;
        }
        var t = text.tokens.get(object);
        if (t.pos().equals("$") || t.pos().equals("CD") || AMOUNTS.contains(lemma(object))) {
            for (var arc : parse.children(object)) {
                if (arc.rel().equals("nmod:in") && arc.dependent() != object) {
                    int n = eventNounIn(arc.dependent());
                    if (n >= 0) {
                        return n;
                    }
                }
            }
        }
        if (FRAMES.contains(lemma(object))) {
            for (var arc : parse.children(object)) {
                if (arc.rel().equals("compound") && eventNoun(arc.dependent()) != null) {
                    return arc.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * The code of the event noun at {@code n}: its own, or the one its target makes it ("restrictions on assistance":
     * 162), the target after one of its prepositions on the noun, its frame or the verb that carries it.
     */
    String nounCode(int n, EventNouns.Noun noun, int verb) {
        int frame = frameOf(n);
        var arcs = new ArrayList<>(parse.children(n));
        if (frame >= 0) {
            arcs.addAll(parse.children(frame));
        }
        if (verb >= 0) {
            arcs.addAll(parse.children(verb));
        }
        for (var arc : arcs) {
            if ((arc.base().equals("nmod") || arc.base().equals("obl")) && noun.targets().contains(arc.sub())) {
                var inner = EventNouns.of(lemma(arc.dependent()));
                if (inner != null) {
                    return EventNouns.code(noun, inner);
                }
            }
        }
        return noun.code();
    }

    /** The object of a light verb ("take steps", "made efforts") that {@code v} has, or -1; "took no steps" has none. */
    int lightObject(int v) {
        return parse.dependents(v, "obj").stream().filter(o -> LIGHT_OBJECTS.contains(lemma(o)) && !hedged(o)).findFirst().orElse(-1);
    }

    /** "no agreement", "any attack", "a possible invasion": the noun names no event that took place. */
    boolean hedged(int noun) {
        return parse.children(noun).stream().anyMatch(a -> (a.base().equals("det") || a.base().equals("amod"))
                && HEDGES.contains(lemma(a.dependent())));
    }

    private String lemma(int token) {
        return token < 0 ? "" : text.tokens.get(token).lemma().toLowerCase();
    }
}
