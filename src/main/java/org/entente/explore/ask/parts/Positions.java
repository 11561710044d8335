package org.entente.explore.ask.parts;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.entente.explore.ClaimView;
import org.entente.explore.resolve.Names;
import org.entente.system.Graph;
import org.springframework.stereotype.Component;

/**
 * Who is for and who is against, in the words of the claims. A claim records its parties and their sides, not which
 * side wants what; the sentence often says it ("Moscow … has staunchly opposed this"). A party counts as against
 * (or for) the subject asked about when the first party the sentence names before a verb of opposition (or support)
 * is it, by its name, an alias, a demonym or the name of someone who acts for it (the sentence's subject as a rule:
 * "The United States has forged close ties with Tbilisi and had been a strong advocate of …"; "Israeli Prime Minister
 * Benjamin Netanyahu opposes …"); no negation comes just before the verb; and what follows the verb, up to the end of
 * the clause, names the subject or points back to it ("this", "the plan"): "Russia opposes Nabucco and backs its own
 * South Stream" makes Russia against Nabucco, not for it. A reading of words, so every position carries its sentence.
 */
@Component
public class Positions {

    private static final Pattern AGAINST = Pattern.compile("\\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed)?|object(?:s|ed)? to|"
            + "resist(?:s|ed)?|condemn(?:s|ed)?|denounc(?:e|es|ed)|protest(?:s|ed)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR = Pattern.compile("\\b(?:support(?:s|ed)?|advocat(?:e|es|ed)|back(?:s|ed)|"
            + "favou?r(?:s|ed)?|endors(?:e|es|ed)|champion(?:s|ed)?|push(?:es|ed)? for|welcom(?:e|es|ed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("(?:\\bnot|n't|\\bnever|\\bno longer)\\s+(?:\\w+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])");
    /** Where the object of a verb ends: the clause's end, or a second verb of stance joined by "and". */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]|\\b(?:but|while|whereas)\\b|\\band\\s+(?:\\w+\\s+){0,2}"
            + "(?:oppos|reject|object|resist|condemn|denounc|protest|support|advocat|back|favou?r|endors|champion|push|welcom)",
            Pattern.CASE_INSENSITIVE);
    /** The parties of a joint claim named together: "they", "the two leaders", "both sides". */
    private static final Pattern JOINT = Pattern.compile("\\b(?:they|the two \\w+|both (?:sides|countries|leaders|presidents|governments))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "which the EU supports": a relative clause whose party comes right before the verb. */
    private static final Pattern RELATIVE = Pattern.compile(",?\\s+(?:which|that)\\s+(?:\\S+\\s+){1,4}$", Pattern.CASE_INSENSITIVE);
    /** Where the clause of a verb starts: after a semicolon or a "while", "whereas", "but" that opens a new clause. */
    private static final Pattern CLAUSE_START = Pattern.compile("[;]|\\b(?:while|whereas|but)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTING_BACK = Pattern.compile("^\\W*(?:\\w+\\s+){0,2}(?:this|that|it|them|these|those|the "
            + "(?:plan|idea|move|proposal|deal|project|bid|effort|step|initiative|decision))\\b", Pattern.CASE_INSENSITIVE);

    /** A party for or against ({@code against}), in this claim, as this sentence says. */
    public record Position(ClaimView.Party party, boolean against, ClaimView claim, String sentence) {
    }

    private final Graph graph;

    public Positions(Graph graph) {
        this.graph = graph;
    }

    /** {@code subject}: the phrases that name what is asked about (a name and its aliases, an issue's words). */
    public List<Position> of(List<ClaimView> claims, List<String> subject) {
        var ids = new LinkedHashSet<String>();
        claims.forEach(c -> c.parties().forEach(p -> ids.add(p.id())));
        var names = new java.util.HashMap<String, Pattern>();
        graph.query("explore/find_names", Map.of("ids", List.copyOf(ids)), r -> r).forEach(r -> {
            var all = new ArrayList<String>(new LinkedHashSet<>(r.get("names").asList(v -> v.asString(""))));
            all.removeIf(String::isBlank);
            all.sort(Comparator.comparing(String::length).reversed());
            names.put(r.get("id").asString(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|",
                    all.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])"));
        });
        var positions = new ArrayList<Position>();
        for (var claim : claims) {
            var text = claim.sentence() != null ? claim.sentence() : claim.quote();
            if (text == null) {
                continue;
            }
            for (var sentence : SENTENCES.split(text)) {
                read(claim, sentence, AGAINST, true, names, subject, positions);
                read(claim, sentence, FOR, false, names, subject, positions);
            }
        }
        return positions;
    }

    private static void read(ClaimView claim, String sentence, Pattern verbs, boolean against, Map<String, Pattern> names,
                             List<String> subject, List<Position> positions) {
        var verb = verbs.matcher(sentence);
        while (verb.find()) {
            if (NEGATION.matcher(sentence.substring(0, verb.start())).find()) {
                continue;
            }
            ClaimView.Party party = null;
            int first = Integer.MAX_VALUE;
            var before = sentence.substring(0, verb.start());
            var relative = RELATIVE.matcher(before);
            // "the Nabucco pipeline, which the EU supports as …": the party is in the relative clause, and the subject
            // is what "which" stands for
            var isRelative = relative.find();
            var clause = isRelative ? before.substring(relative.start()) : clause(before);
            var antecedent = isRelative ? before.substring(Math.max(0, relative.start() - 80), relative.start()) : null;
            for (var candidate : claim.parties()) {
                var pattern = names.get(candidate.id());
                var mention = pattern == null ? null : pattern.matcher(clause);
                if (mention != null && mention.find() && mention.start() < first) {
                    first = mention.start();
                    party = candidate;
                }
            }
            var named = namesSubject(object(sentence.substring(verb.end())), subject)
                    || (antecedent != null && namesSubject(antecedent, subject));
            if (!named) {
                continue;
            }
            if (party != null) {
                positions.add(new Position(party, against, claim, sentence));
            } else if (JOINT.matcher(clause).find() && claim.sideCount() == 1) {
                // "the two leaders said they supported …": every party of a claim they make together
                claim.parties().forEach(p -> positions.add(new Position(p, against, claim, sentence)));
            }
        }
    }

    /** The part of the clause before the verb: "the EU" in "Russia opposes …, while the EU supports". */
    private static String clause(String before) {
        var start = CLAUSE_START.matcher(before);
        int from = 0;
        while (start.find()) {
            from = start.end();
        }
        return before.substring(from);
    }

    private static String object(String after) {
        var end = CLAUSE_END.matcher(after);
        return end.find() ? after.substring(0, end.start()) : after;
    }

    /** The object names the subject (every word of one of its phrases) or points back to it. */
    private static boolean namesSubject(String object, List<String> subject) {
        if (POINTING_BACK.matcher(object).find()) {
            return true;
        }
        var words = Names.normal(object);
        return subject.stream().map(Names::normal).filter(s -> !s.isBlank()).anyMatch(phrase -> java.util.Arrays
                .stream(phrase.split(" ")).filter(w -> w.length() > 2).allMatch(w -> (" " + words + " ").contains(" " + w + " ")));
    }
}
