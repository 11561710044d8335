package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.extract.cameo.CameoVerbs;
import org.entente.extract.rules.Text;

/**
 * How a clause puts the event of its verb, from the parse: whose words it is (the reporting verb above it), whether it
 * is negated or under a refusal ("did not sign", "refused to sign", "China's unwillingness to cooperate"), conditional
 * ("if Russia attacks"), and its auxiliaries ("will", "could"), and the verb whose infinitive complement it is
 * ("urged Russia to withdraw"). One per article; {@link EventFinder} decides what these make of an event.
 */
final class Clauses {

    /** Verbs whose complement is someone's words ("Obama said Russia opposes the shield"). */
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "announce", "state", "declare", "stress", "insist",
            "claim", "note", "argue", "warn", "confirm", "report", "write", "explain", "emphasize", "emphasise", "reiterate",
            "underline", "underscore", "point", "assert", "observe", "recall", "remark");
    static final Set<String> PLANNING = Set.of("plan", "intend", "hope", "expect", "want", "seek", "aim", "prepare",
            "propose", "offer", "pledge", "promise", "vow", "decide", "agree", "try", "attempt", "wish", "schedule", "set");
    /** Words whose infinitive complement did not happen, or will not: "refused to sign", "China's unwillingness to cooperate". */
    static final Set<String> REFUSING = Set.of("fail", "refuse", "decline", "unable", "reluctant", "unwilling", "failure",
            "refusal", "unwillingness", "reluctance", "inability");
    static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "should", "would", "must");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

    private final Text text;
    private final Parse parse;

    Clauses(Text text, Parse parse) {
        this.text = text;
        this.parse = parse;
    }

    /**
     * The verb whose infinitive complement {@code v} is: "urged Russia [to withdraw]" (xcomp) or, as the parser often
     * attaches it, "called on the government [to meet]" (advcl with "to"); else -1.
     */
    int infinitiveGovernor(int v) {
        int governor = parse.governor(v, "xcomp");
        if (governor < 0) {
            governor = parse.governor(v, "advcl");
            if (governor >= 0 && infinitiveMark(v) < 0) {
                governor = -1;
            }
        }
        return governor;
    }

    /** The "to" that marks {@code v} as an infinitive, or its first conjunct's ("to live up … and return"); else -1. */
    int infinitiveMark(int v) {
        int conjunctOf = parse.governor(v, "conj");
        for (int head : conjunctOf >= 0 && conjunctOf < v ? List.of(v, conjunctOf) : List.of(v)) {
            for (var arc : parse.children(head)) {
                if (arc.base().equals("mark") && lemma(arc.dependent()).equals("to")) {
                    return arc.dependent();
                }
            }
        }
        return -1;
    }

    /** "China's refusal to sign", "the PRC's unwillingness to cooperate": the refusing word just before the "to"; else -1. */
    int refusingNoun(int v) {
        int mark = infinitiveMark(v);
        return mark > 0 && REFUSING.contains(lemma(mark - 1)) ? mark - 1 : -1;
    }

    /** The dictionary's own patterns for negation ("- NOT * [120]" under ACCEPT) already say what a negation means. */
    static boolean negatingPattern(CameoVerbs.Coding coding) {
        return coding.pattern() != null && coding.pattern().toUpperCase().matches(".*\\b(NOT|NEVER|CANNOT|FAIL\\w*|REFUS\\w*|NO)\\b.*\\*.*");
    }

    /** The reporting verb whose complement {@code v} is ("Obama said [Russia opposes]"), or -1. */
    int reporter(int v) {
        int at = v;
        for (int hop = 0; hop < 4; hop++) {
            int up = parse.governor(at, "ccomp", "parataxis", "xcomp", "conj");
            if (up < 0) {
                break;
            }
            if (REPORTING.contains(lemma(up)) && up != v && !parse.dependents(up, "nsubj").isEmpty()) {
                return up;
            }
            at = up;
        }
        // "… they will sign, the minister said": the reporting verb is the parataxis of the event
        for (var arc : parse.children(v)) {
            if (arc.base().equals("parataxis") && REPORTING.contains(lemma(arc.dependent()))) {
                return arc.dependent();
            }
        }
        return -1;
    }

    boolean conditional(int v) {
        for (var arc : parse.children(v)) {
            if (arc.base().equals("mark") && CONDITIONS.contains(lemma(arc.dependent()))) {
                return true;
            }
            if (arc.base().equals("advcl") && parse.children(arc.dependent()).stream()
                    .anyMatch(a -> a.base().equals("mark") && CONDITIONS.contains(lemma(a.dependent())))) {
                return true; // the main clause of a conditional: "if Gondor attacks, Arnor will respond"
            }
        }
        int up = parse.governor(v, "conj", "xcomp");
        return up >= 0 && up != v && parse.children(up).stream()
                .anyMatch(a -> a.base().equals("mark") && CONDITIONS.contains(lemma(a.dependent())));
    }

    List<String> auxiliaries(int v) {
        var out = new ArrayList<String>();
        for (int at : List.of(v, Math.max(parse.governor(v, "xcomp"), -1))) {
            if (at < 0) {
                continue;
            }
            for (var arc : parse.children(at)) {
                if (arc.base().equals("aux")) {
                    out.add(lemma(arc.dependent()));
                }
            }
        }
        return out;
    }

    boolean negated(int v) {
        for (var arc : parse.children(v)) {
            if ((arc.base().equals("advmod") || arc.base().equals("neg")) && NEGATIONS.contains(lemma(arc.dependent()))) {
                return true;
            }
        }
        return deniedAbove(v) || refusingNoun(v) >= 0;
    }

    /**
     * Whether a word is the complement of a refusal or of a negated verb that is not someone's words, at any depth:
     * "will not allow its territory to be used to attack Ukraine" (xcomp), "refused to let North Korea threaten Japan"
     * (the parser makes the small clause of "let" a ccomp). What it names did not happen, or will not; "did not say
     * that Russia attacked" still reports nothing, and "said that Russia did not attack" is negated in its own clause.
     */
    boolean deniedAbove(int v) {
        int up = parse.governor(v, "xcomp", "ccomp");
        return up >= 0 && !REPORTING.contains(lemma(up)) && (REFUSING.contains(lemma(up)) || negated(up));
    }

    private String lemma(int token) {
        return token < 0 ? "" : text.tokens.get(token).lemma().toLowerCase();
    }
}
