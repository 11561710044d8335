package org.entente.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.entente.system.Graph;
import org.springframework.stereotype.Component;

/**
 * Who is for and who is against, in the words of the claims. A claim records its parties and their sides, not which
 * side wants what; the sentence often says it ("Moscow … has staunchly opposed this"). A party counts as against
 * (or for) when its name or an alias is the first party the sentence names before a verb of opposition (or support),
 * the sentence's subject as a rule ("The United States has forged close ties with Tbilisi and had been a strong
 * advocate of …"), and no negation comes just before the verb. A reading of words, so every position carries its
 * sentence.
 */
@Component
class Positions {

    private static final Pattern AGAINST = Pattern.compile("\\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed)?|object(?:s|ed)? to|"
            + "resist(?:s|ed)?|condemn(?:s|ed)?|denounc(?:e|es|ed)|protest(?:s|ed)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR = Pattern.compile("\\b(?:support(?:s|ed)?|advocat(?:e|es|ed)|back(?:s|ed)|"
            + "favou?r(?:s|ed)?|endors(?:e|es|ed)|champion(?:s|ed)?|push(?:es|ed)? for|welcom(?:e|es|ed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("(?:\\bnot|n't|\\bnever|\\bno longer)\\s+(?:\\w+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])");

    /** A party for or against ({@code against}), in this claim, as this sentence says. */
    record Position(Map<String, Object> party, boolean against, ClaimView claim, String sentence) {
    }

    private final Graph graph;

    Positions(Graph graph) {
        this.graph = graph;
    }

    List<Position> of(List<ClaimView> claims) {
        var ids = new LinkedHashSet<String>();
        claims.forEach(c -> c.parties().forEach(p -> ids.add((String) p.get("id"))));
        var names = new java.util.HashMap<String, Pattern>();
        graph.query("explore/find_names", Map.of("ids", List.copyOf(ids)), r -> r).forEach(r -> {
            var all = new ArrayList<String>(r.get("aliases").asList(v -> v.asString()));
            all.add(r.get("name").asString());
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
                read(claim, sentence, AGAINST, true, names, positions);
                read(claim, sentence, FOR, false, names, positions);
            }
        }
        return positions;
    }

    private static void read(ClaimView claim, String sentence, Pattern verbs, boolean against, Map<String, Pattern> names,
                             List<Position> positions) {
        var verb = verbs.matcher(sentence);
        while (verb.find()) {
            if (NEGATION.matcher(sentence.substring(0, verb.start())).find()) {
                continue;
            }
            Map<String, Object> subject = null;
            int first = Integer.MAX_VALUE;
            for (var party : claim.parties()) {
                var pattern = names.get((String) party.get("id"));
                var mention = pattern == null ? null : pattern.matcher(sentence.substring(0, verb.start()));
                if (mention != null && mention.find() && mention.start() < first) {
                    first = mention.start();
                    subject = party;
                }
            }
            if (subject != null) {
                positions.add(new Position(subject, against, claim, sentence));
            }
        }
    }
}
