package org.entente.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import org.entente.extract.mentions.Token;

/**
 * The dependency parse of an article (CoreNLP's enhanced++ Universal Dependencies: conjuncts share their dependents,
 * controlled verbs get their subject, relative pronouns point at what they stand for), on the token indices the
 * mentions use. Immutable once built.
 */
public final class Parse {

    /** A labelled edge, governor → dependent, as token indices ({@code rel} e.g. "nsubj", "obl:with", "nsubj:xsubj"). */
    public record Arc(int governor, int dependent, String rel) {

        /** The relation without its subtype or preposition: "obl:with" → "obl". */
        public String base() {
            int colon = rel.indexOf(':');
            return colon < 0 ? rel : rel.substring(0, colon);
        }

        /** The subtype: "obl:with" → "with", "nsubj" → "". */
        public String sub() {
            int colon = rel.indexOf(':');
            return colon < 0 ? "" : rel.substring(colon + 1);
        }
    }

    private final Map<Integer, List<Arc>> children = new HashMap<>();
    private final Map<Integer, List<Arc>> parents = new HashMap<>();
    private final Map<Integer, List<Integer>> tree = new HashMap<>();
    private final Map<Integer, Arc> treeParents = new HashMap<>();

    private Parse() {
    }

    /** Builds the parse of {@code doc} on {@code tokens} (matched by character offset; split hyphenated words take the parse of their first part). */
    public static Parse of(CoreDocument doc, List<Token> tokens) {
        var parse = new Parse();
        var byOffset = new HashMap<Integer, Integer>();
        for (var t : tokens) {
            byOffset.putIfAbsent(t.begin(), t.index());
        }
        for (var sentence : doc.sentences()) {
            var graph = sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            for (var edge : graph.edgeIterable()) {
                var gov = byOffset.get(edge.getGovernor().beginPosition());
                var dep = byOffset.get(edge.getDependent().beginPosition());
                if (gov == null || dep == null || gov.equals(dep)) {
                    continue;
                }
                var arc = new Arc(gov, dep, edge.getRelation().toString());
                parse.children.computeIfAbsent(gov, k -> new ArrayList<>()).add(arc);
                parse.parents.computeIfAbsent(dep, k -> new ArrayList<>()).add(arc);
            }
            var basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            for (var edge : basic == null ? List.<edu.stanford.nlp.semgraph.SemanticGraphEdge>of() : basic.edgeListSorted()) {
                var gov = byOffset.get(edge.getGovernor().beginPosition());
                var dep = byOffset.get(edge.getDependent().beginPosition());
                if (gov != null && dep != null && !gov.equals(dep)) {
                    parse.tree.computeIfAbsent(gov, k -> new ArrayList<>()).add(dep);
                    parse.treeParents.putIfAbsent(dep, new Arc(gov, dep, edge.getRelation().toString()));
                }
            }
        }
        parse.gerundsAfterTo(tokens);
        return parse;
    }

    /**
     * A gerund after "to" that the parser read as the noun a verb governs, giving its phrases to that verb ("look
     * forward to working with their new president": obl:to(look, working), obl:with(look, president)), is the verb of
     * the clause the phrases after it belong to: advcl:to(look, working), obl:with(working, president), as the parser
     * reads "look forward to working with the new government of Chile".
     */
    private void gerundsAfterTo(List<Token> tokens) {
        for (var arc : List.copyOf(parents.values().stream().flatMap(List::stream).toList())) {
            int g = arc.dependent();
            if (!arc.rel().equals("obl:to") || !tokens.get(g).pos().equals("VBG")
                    || children(g).stream().anyMatch(a -> a.base().equals("obj") || a.base().equals("obl"))) {
                continue;
            }
            var moved = children(arc.governor()).stream().filter(a -> a.dependent() > g && (a.base().equals("obl") || a.base().equals("obj"))).toList();
            if (moved.isEmpty()) {
                continue;
            }
            relink(arc, new Arc(arc.governor(), g, "advcl:to"));
            for (var a : moved) {
                relink(a, new Arc(g, a.dependent(), a.rel()));
                var up = treeParents.get(a.dependent());
                if (up != null && up.governor() == arc.governor()) {
                    tree.get(up.governor()).remove((Integer) a.dependent());
                    tree.computeIfAbsent(g, k -> new ArrayList<>()).add(a.dependent());
                    treeParents.put(a.dependent(), new Arc(g, a.dependent(), up.rel()));
                }
            }
        }
    }

    private void relink(Arc old, Arc arc) {
        children.get(old.governor()).remove(old);
        parents.get(old.dependent()).remove(old);
        children.computeIfAbsent(arc.governor(), k -> new ArrayList<>()).add(arc);
        parents.computeIfAbsent(arc.dependent(), k -> new ArrayList<>()).add(arc);
    }

    public List<Arc> children(int token) {
        return children.getOrDefault(token, List.of());
    }

    public List<Arc> parents(int token) {
        return parents.getOrDefault(token, List.of());
    }

    /** Dependents of {@code token} whose relation is one of {@code rels} (exact, e.g. "obl:with", or a base, e.g. "nsubj"). */
    public List<Integer> dependents(int token, String... rels) {
        var out = new ArrayList<Integer>();
        for (var arc : children(token)) {
            for (var rel : rels) {
                if (arc.rel().equals(rel) || (!rel.contains(":") && arc.base().equals(rel) && !arc.rel().equals("nsubj:pass"))) {
                    out.add(arc.dependent());
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code token} depends on something by one of these relations (exact or base). */
    public boolean attachedAs(int token, String... rels) {
        for (var arc : parents(token)) {
            for (var rel : rels) {
                if (arc.rel().equals(rel) || arc.base().equals(rel)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The governor of {@code token} by one of these relations (exact or base), or -1. */
    public int governor(int token, String... rels) {
        for (var arc : parents(token)) {
            for (var rel : rels) {
                if (arc.rel().equals(rel) || arc.base().equals(rel)) {
                    return arc.governor();
                }
            }
        }
        return -1;
    }

    /** The arc above {@code token} in the basic dependency tree (one parent, unlike the enhanced graph), or null at its root. */
    public Arc treeParent(int token) {
        return treeParents.get(token);
    }

    /** The tokens of the subtree under {@code token} in the basic dependency tree, sorted; at most {@code limit}. */
    public List<Integer> subtree(int token, int limit) {
        var out = new java.util.TreeSet<Integer>();
        var stack = new java.util.ArrayDeque<Integer>();
        stack.push(token);
        while (!stack.isEmpty() && out.size() < limit) {
            int t = stack.pop();
            if (out.add(t)) {
                tree.getOrDefault(t, List.of()).forEach(stack::push);
            }
        }
        return new ArrayList<>(out);
    }
}
